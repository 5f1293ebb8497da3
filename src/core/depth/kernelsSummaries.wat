;; Part of kernels.wat (scripts/wasm.mjs splices it in at its @include line): the layer summaries and the
;; element-wise product, on the memory layout kernels.wat describes.
  ;; ---- histogram.ts's summarise, step for step --------------------------------------------------------
  ;; Four lanes at a time: lane l sums the values at i ≡ l (mod 4), the values past the last four too,
  ;; and the lanes are added as (l0 + l1) + (l2 + l3), as summarise does. A value that is not finite
  ;; adds +0 (a sum that starts at +0 is then unchanged) and is counted in a spare last bin.
  ;; Results at 2576: lo, hi, mean, variance (f64); lanes at 2608 (f64 × 4); counts at 2640 (i32 × bins + 1).
  (func (export "summarise") (param $v i32) (param $len i32) (param $bins i32)
    (local $end4 i32) (local $end i32) (local $p i32) (local $lane i32) (local $n i32) (local $at i32)
    (local $x v128) (local $m v128) (local $lo4 v128) (local $hi4 v128) (local $n4 v128) (local $s01 v128) (local $s23 v128)
    (local $xl v128) (local $xh v128) (local $dl v128) (local $dh v128) (local $bin v128)
    (local $xs f64) (local $lo f64) (local $hi f64) (local $mean f64) (local $scale f64) (local $d f64)
    (local.set $end4 (i32.add (local.get $v) (i32.shl (i32.and (local.get $len) (i32.const -4)) (i32.const 2))))
    (local.set $end (i32.add (local.get $v) (i32.shl (local.get $len) (i32.const 2))))
    ;; pass 1: range, count, sum
    (local.set $lo4 (f32x4.splat (f32.const inf)))
    (local.set $hi4 (f32x4.splat (f32.const -inf)))
    (local.set $p (local.get $v))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end4)))
        (local.set $x (v128.load (local.get $p)))
        (local.set $m (f32x4.eq (f32x4.sub (local.get $x) (local.get $x)) (f32x4.splat (f32.const 0))))
        (local.set $lo4 (f32x4.min (local.get $lo4) (v128.bitselect (local.get $x) (f32x4.splat (f32.const inf)) (local.get $m))))
        (local.set $hi4 (f32x4.max (local.get $hi4) (v128.bitselect (local.get $x) (f32x4.splat (f32.const -inf)) (local.get $m))))
        (local.set $n4 (i32x4.sub (local.get $n4) (local.get $m)))
        (local.set $x (v128.and (local.get $x) (local.get $m)))
        (local.set $s01 (f64x2.add (local.get $s01) (f64x2.promote_low_f32x4 (local.get $x))))
        (local.set $s23 (f64x2.add (local.get $s23) (f64x2.promote_low_f32x4
          (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $x) (local.get $x)))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (v128.store (i32.const 2608) (local.get $s01))
    (v128.store (i32.const 2624) (local.get $s23))
    (local.set $lo (f64.promote_f32 (f32.min (f32.min (f32x4.extract_lane 0 (local.get $lo4)) (f32x4.extract_lane 1 (local.get $lo4)))
                                             (f32.min (f32x4.extract_lane 2 (local.get $lo4)) (f32x4.extract_lane 3 (local.get $lo4))))))
    (local.set $hi (f64.promote_f32 (f32.max (f32.max (f32x4.extract_lane 0 (local.get $hi4)) (f32x4.extract_lane 1 (local.get $hi4)))
                                             (f32.max (f32x4.extract_lane 2 (local.get $hi4)) (f32x4.extract_lane 3 (local.get $hi4))))))
    (local.set $n (i32.add (i32.add (i32x4.extract_lane 0 (local.get $n4)) (i32x4.extract_lane 1 (local.get $n4)))
                           (i32.add (i32x4.extract_lane 2 (local.get $n4)) (i32x4.extract_lane 3 (local.get $n4)))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $xs (f64.promote_f32 (f32.load (local.get $p))))
        (if (f64.eq (f64.sub (local.get $xs) (local.get $xs)) (f64.const 0))
          (then
            (local.set $lo (f64.min (local.get $lo) (local.get $xs)))
            (local.set $hi (f64.max (local.get $hi) (local.get $xs)))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (local.set $at (i32.add (i32.const 2608) (i32.shl (local.get $lane) (i32.const 3))))
            (f64.store (local.get $at) (f64.add (f64.load (local.get $at)) (local.get $xs)))))
        (local.set $lane (i32.add (local.get $lane) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $next)))
    ;; −0 and +0 are one value here, and min and max may pick either: both are made +0
    (local.set $lo (f64.add (local.get $lo) (f64.const 0)))
    (local.set $hi (f64.add (local.get $hi) (f64.const 0)))
    (local.set $mean (f64.div (call $lanes) (f64.convert_i32_u (local.get $n))))
    ;; pass 2: squares about the mean, counts
    (if (f64.gt (local.get $hi) (local.get $lo))
      (then (local.set $scale (f64.div (f64.convert_i32_u (local.get $bins)) (f64.sub (local.get $hi) (local.get $lo))))))
    (memory.fill (i32.const 2640) (i32.const 0) (i32.shl (i32.add (local.get $bins) (i32.const 1)) (i32.const 2)))
    (local.set $s01 (v128.const i64x2 0 0))
    (local.set $s23 (v128.const i64x2 0 0))
    (local.set $p (local.get $v))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end4)))
        (local.set $x (v128.load (local.get $p)))
        (local.set $m (f32x4.eq (f32x4.sub (local.get $x) (local.get $x)) (f32x4.splat (f32.const 0))))
        (local.set $xl (f64x2.promote_low_f32x4 (local.get $x)))
        (local.set $xh (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $x) (local.get $x))))
        (local.set $dl (v128.and (f64x2.sub (local.get $xl) (f64x2.splat (local.get $mean))) (i64x2.extend_low_i32x4_s (local.get $m))))
        (local.set $dh (v128.and (f64x2.sub (local.get $xh) (f64x2.splat (local.get $mean))) (i64x2.extend_high_i32x4_s (local.get $m))))
        (local.set $s01 (f64x2.add (local.get $s01) (f64x2.mul (local.get $dl) (local.get $dl))))
        (local.set $s23 (f64x2.add (local.get $s23) (f64x2.mul (local.get $dh) (local.get $dh))))
        ;; bins: ⌊(x − lo)·scale⌋ capped at bins − 1, or the spare bin; as byte offsets, counted inline ($count)
        (local.set $bin (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          (i32x4.trunc_sat_f64x2_s_zero (f64x2.mul (f64x2.sub (local.get $xl) (f64x2.splat (local.get $lo))) (f64x2.splat (local.get $scale))))
          (i32x4.trunc_sat_f64x2_s_zero (f64x2.mul (f64x2.sub (local.get $xh) (f64x2.splat (local.get $lo))) (f64x2.splat (local.get $scale))))))
        (local.set $bin (i32x4.min_s (local.get $bin) (i32x4.splat (i32.sub (local.get $bins) (i32.const 1)))))
        (local.set $bin (i32x4.shl (v128.bitselect (local.get $bin) (i32x4.splat (local.get $bins)) (local.get $m)) (i32.const 2)))
        (local.set $at (i32x4.extract_lane 0 (local.get $bin)))
        (i32.store offset=2640 (local.get $at) (i32.add (i32.load offset=2640 (local.get $at)) (i32.const 1)))
        (local.set $at (i32x4.extract_lane 1 (local.get $bin)))
        (i32.store offset=2640 (local.get $at) (i32.add (i32.load offset=2640 (local.get $at)) (i32.const 1)))
        (local.set $at (i32x4.extract_lane 2 (local.get $bin)))
        (i32.store offset=2640 (local.get $at) (i32.add (i32.load offset=2640 (local.get $at)) (i32.const 1)))
        (local.set $at (i32x4.extract_lane 3 (local.get $bin)))
        (i32.store offset=2640 (local.get $at) (i32.add (i32.load offset=2640 (local.get $at)) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (v128.store (i32.const 2608) (local.get $s01))
    (v128.store (i32.const 2624) (local.get $s23))
    (local.set $lane (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $xs (f64.promote_f32 (f32.load (local.get $p))))
        (if (f64.eq (f64.sub (local.get $xs) (local.get $xs)) (f64.const 0))
          (then
            (local.set $d (f64.sub (local.get $xs) (local.get $mean)))
            (local.set $at (i32.add (i32.const 2608) (i32.shl (local.get $lane) (i32.const 3))))
            (f64.store (local.get $at) (f64.add (f64.load (local.get $at)) (f64.mul (local.get $d) (local.get $d))))
            (local.set $at (i32.trunc_sat_f64_s (f64.mul (f64.sub (local.get $xs) (local.get $lo)) (local.get $scale))))
            (if (i32.ge_s (local.get $at) (local.get $bins)) (then (local.set $at (i32.sub (local.get $bins) (i32.const 1)))))
            (call $count (i32.shl (local.get $at) (i32.const 2)))))
        (local.set $lane (i32.add (local.get $lane) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $next)))
    (f64.store (i32.const 2576) (local.get $lo))
    (f64.store (i32.const 2584) (local.get $hi))
    (f64.store (i32.const 2592) (local.get $mean))
    (f64.store (i32.const 2600) (f64.div (call $lanes) (f64.convert_i32_u (local.get $n)))))

  ;; (l0 + l1) + (l2 + l3) of the four f64 lanes at 2608.
  (func $lanes (result f64)
    (f64.add (f64.add (f64.load (i32.const 2608)) (f64.load (i32.const 2616)))
             (f64.add (f64.load (i32.const 2624)) (f64.load (i32.const 2632)))))

  ;; counts[bin]++, given the bin's byte offset.
  (func $count (param $at i32)
    (i32.store offset=2640 (local.get $at) (i32.add (i32.load offset=2640 (local.get $at)) (i32.const 1))))

  ;; ---- out[i] = out[i]·by[i], i < n (both float32: one rounding of the exact product, as in JS) -------
  (func (export "multiply") (param $out i32) (param $by i32) (param $n i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $out) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $out) (local.get $end)))
        (v128.store (local.get $out) (f32x4.mul (v128.load (local.get $out)) (v128.load (local.get $by))))
        (local.set $out (i32.add (local.get $out) (i32.const 16)))
        (local.set $by (i32.add (local.get $by) (i32.const 16)))
        (br $next)))
    (local.set $end (i32.add (local.get $end) (i32.shl (i32.and (local.get $n) (i32.const 3)) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $out) (local.get $end)))
        (f32.store (local.get $out) (f32.mul (f32.load (local.get $out)) (f32.load (local.get $by))))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (local.set $by (i32.add (local.get $by) (i32.const 4)))
        (br $next))))
