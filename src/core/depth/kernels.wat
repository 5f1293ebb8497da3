;; The Depth simulations' hot loops in WebAssembly with 128-bit SIMD (f32x4), on float32 buffers.
;; `npm run wasm` assembles this file into kernelsWasm.ts (the bytes), which kernels.ts instantiates.
;;
;; Every result is bit for bit what denseJs.ts computes: each C[r, c] starts from its initial value and
;; adds the products A[r, k]·B[k, c] for k = 0, 1, … in order, each product and each sum rounded to
;; float32 (no fused multiply-add), whatever the tile; the normals are the JS Random's own (same
;; xoshiro128** stream, same ziggurat tables, same doubles, one rounding to float32 at the store).
;;
;; Memory (imported, one per run): bytes 0–15 the xoshiro128** state (a, b, c, d), 16–527 the ziggurat's
;; KN (u32 × 128), 528–1551 WN (f64 × 128), 1552–2575 FN (f64 × 128), 2576–3444 summarise's results;
;; the run's buffers from 4096 on.
;; Addresses and strides are in bytes.
(module
  (import "env" "memory" (memory 1))
  (import "env" "exp" (func $exp (param f64) (result f64)))
  (import "env" "log" (func $log (param f64) (result f64)))

  ;; ---- C = init + A·B ------------------------------------------------------------------------------
  ;; A[r, k] at a + r·ar + k·ak (so A may be a transpose), B[k, c] at b + k·ldb + 4c, C[r, c] at
  ;; c + r·ldc + 4c, its initial value at init + r·ir + 4c (ir = 0 repeats one row: a bias).

  ;; Four rows × eight columns (two vectors) of C in registers over all of K: per k, two loads of B,
  ;; four splat loads of A, eight multiplies and eight adds.
  (func $tile4x8 (param $pa i32) (param $ar i32) (param $ak i32) (param $pb i32) (param $ldb i32)
                 (param $pc i32) (param $ldc i32) (param $pi i32) (param $ir i32) (param $k i32)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $b0 v128) (local $b1 v128) (local $x v128) (local $ar2 i32) (local $ar3 i32)
    (local.set $ar2 (i32.shl (local.get $ar) (i32.const 1)))
    (local.set $ar3 (i32.add (local.get $ar2) (local.get $ar)))
    (local.set $c00 (v128.load (local.get $pi)))
    (local.set $c01 (v128.load offset=16 (local.get $pi)))
    (local.set $pi (i32.add (local.get $pi) (local.get $ir)))
    (local.set $c10 (v128.load (local.get $pi)))
    (local.set $c11 (v128.load offset=16 (local.get $pi)))
    (local.set $pi (i32.add (local.get $pi) (local.get $ir)))
    (local.set $c20 (v128.load (local.get $pi)))
    (local.set $c21 (v128.load offset=16 (local.get $pi)))
    (local.set $pi (i32.add (local.get $pi) (local.get $ir)))
    (local.set $c30 (v128.load (local.get $pi)))
    (local.set $c31 (v128.load offset=16 (local.get $pi)))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $k)))
        (local.set $b0 (v128.load (local.get $pb)))
        (local.set $b1 (v128.load offset=16 (local.get $pb)))
        (local.set $x (v128.load32_splat (local.get $pa)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $x (v128.load32_splat (i32.add (local.get $pa) (local.get $ar))))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $x (v128.load32_splat (i32.add (local.get $pa) (local.get $ar2))))
        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $x (v128.load32_splat (i32.add (local.get $pa) (local.get $ar3))))
        (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $pa (i32.add (local.get $pa) (local.get $ak)))
        (local.set $pb (i32.add (local.get $pb) (local.get $ldb)))
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))
        (br $next)))
    (v128.store (local.get $pc) (local.get $c00))
    (v128.store offset=16 (local.get $pc) (local.get $c01))
    (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
    (v128.store (local.get $pc) (local.get $c10))
    (v128.store offset=16 (local.get $pc) (local.get $c11))
    (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
    (v128.store (local.get $pc) (local.get $c20))
    (v128.store offset=16 (local.get $pc) (local.get $c21))
    (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
    (v128.store (local.get $pc) (local.get $c30))
    (v128.store offset=16 (local.get $pc) (local.get $c31)))

  ;; One row × four columns of C.
  (func $tile1x4 (param $pa i32) (param $ak i32) (param $pb i32) (param $ldb i32) (param $pc i32) (param $pi i32) (param $k i32)
    (local $acc v128)
    (local.set $acc (v128.load (local.get $pi)))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $k)))
        (local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (v128.load32_splat (local.get $pa)) (v128.load (local.get $pb)))))
        (local.set $pa (i32.add (local.get $pa) (local.get $ak)))
        (local.set $pb (i32.add (local.get $pb) (local.get $ldb)))
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))
        (br $next)))
    (v128.store (local.get $pc) (local.get $acc)))

  ;; One element of C.
  (func $tile1x1 (param $pa i32) (param $ak i32) (param $pb i32) (param $ldb i32) (param $pc i32) (param $pi i32) (param $k i32)
    (local $acc f32)
    (local.set $acc (f32.load (local.get $pi)))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $k)))
        (local.set $acc (f32.add (local.get $acc) (f32.mul (f32.load (local.get $pa)) (f32.load (local.get $pb)))))
        (local.set $pa (i32.add (local.get $pa) (local.get $ak)))
        (local.set $pb (i32.add (local.get $pb) (local.get $ldb)))
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))
        (br $next)))
    (f32.store (local.get $pc) (local.get $acc)))

  ;; Columns j0 … cols − 1 of one row (A's row at pa, C's at pc, init's at pi): by fours, then singly.
  (func $rowTail (param $pa i32) (param $ak i32) (param $b i32) (param $ldb i32) (param $pc i32) (param $pi i32)
                 (param $j0 i32) (param $cols i32) (param $k i32)
    (local $j i32) (local $o i32)
    (local.set $j (local.get $j0))
    (block $done
      (loop $next
        (br_if $done (i32.gt_s (i32.add (local.get $j) (i32.const 4)) (local.get $cols)))
        (local.set $o (i32.shl (local.get $j) (i32.const 2)))
        (call $tile1x4 (local.get $pa) (local.get $ak) (i32.add (local.get $b) (local.get $o)) (local.get $ldb)
          (i32.add (local.get $pc) (local.get $o)) (i32.add (local.get $pi) (local.get $o)) (local.get $k))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $j) (local.get $cols)))
        (local.set $o (i32.shl (local.get $j) (i32.const 2)))
        (call $tile1x1 (local.get $pa) (local.get $ak) (i32.add (local.get $b) (local.get $o)) (local.get $ldb)
          (i32.add (local.get $pc) (local.get $o)) (i32.add (local.get $pi) (local.get $o)) (local.get $k))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next))))

  ;; Blocks of four rows × eight columns; the columns past the last block of eight and the rows past the
  ;; last block of four row by row.
  (func (export "gemm") (param $a i32) (param $ar i32) (param $ak i32) (param $b i32) (param $ldb i32)
                        (param $c i32) (param $ldc i32) (param $init i32) (param $ir i32)
                        (param $rows i32) (param $cols i32) (param $k i32)
    (local $r i32) (local $j i32) (local $q i32) (local $pa i32) (local $pc i32) (local $pi i32) (local $o i32)
    (block $blocksDone
      (loop $nextBlock
        (br_if $blocksDone (i32.gt_s (i32.add (local.get $r) (i32.const 4)) (local.get $rows)))
        (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $r) (local.get $ar))))
        (local.set $pc (i32.add (local.get $c) (i32.mul (local.get $r) (local.get $ldc))))
        (local.set $pi (i32.add (local.get $init) (i32.mul (local.get $r) (local.get $ir))))
        (local.set $j (i32.const 0))
        (block $colsDone
          (loop $nextCols
            (br_if $colsDone (i32.gt_s (i32.add (local.get $j) (i32.const 8)) (local.get $cols)))
            (local.set $o (i32.shl (local.get $j) (i32.const 2)))
            (call $tile4x8 (local.get $pa) (local.get $ar) (local.get $ak) (i32.add (local.get $b) (local.get $o)) (local.get $ldb)
              (i32.add (local.get $pc) (local.get $o)) (local.get $ldc) (i32.add (local.get $pi) (local.get $o)) (local.get $ir) (local.get $k))
            (local.set $j (i32.add (local.get $j) (i32.const 8)))
            (br $nextCols)))
        (if (i32.lt_s (local.get $j) (local.get $cols))
          (then
            (local.set $q (i32.const 0))
            (block $tailsDone
              (loop $nextTail
                (br_if $tailsDone (i32.ge_s (local.get $q) (i32.const 4)))
                (call $rowTail
                  (i32.add (local.get $pa) (i32.mul (local.get $q) (local.get $ar))) (local.get $ak) (local.get $b) (local.get $ldb)
                  (i32.add (local.get $pc) (i32.mul (local.get $q) (local.get $ldc))) (i32.add (local.get $pi) (i32.mul (local.get $q) (local.get $ir)))
                  (local.get $j) (local.get $cols) (local.get $k))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))
                (br $nextTail)))))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (br $nextBlock)))
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_s (local.get $r) (local.get $rows)))
        (call $rowTail
          (i32.add (local.get $a) (i32.mul (local.get $r) (local.get $ar))) (local.get $ak) (local.get $b) (local.get $ldb)
          (i32.add (local.get $c) (i32.mul (local.get $r) (local.get $ldc))) (i32.add (local.get $init) (i32.mul (local.get $r) (local.get $ir)))
          (i32.const 0) (local.get $cols) (local.get $k))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $nextRow))))

  ;; ---- dst (cols × rows) = srcᵀ (src rows × cols, both packed) ---------------------------------------
  ;; In 4 × 4 blocks through registers (a column-by-column copy misses the cache on every store), then
  ;; the columns and rows past the last whole block one element at a time.
  (func (export "transpose") (param $src i32) (param $rows i32) (param $cols i32) (param $dst i32)
    (local $r i32) (local $j i32) (local $ls i32) (local $ld i32) (local $ps i32) (local $pd i32)
    (local $r0 v128) (local $r1 v128) (local $r2 v128) (local $r3 v128) (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $ls (i32.shl (local.get $cols) (i32.const 2)))
    (local.set $ld (i32.shl (local.get $rows) (i32.const 2)))
    (block $blocksDone
      (loop $nextBlockRow
        (br_if $blocksDone (i32.gt_s (i32.add (local.get $r) (i32.const 4)) (local.get $rows)))
        (local.set $j (i32.const 0))
        (block $rowDone
          (loop $nextBlock
            (br_if $rowDone (i32.gt_s (i32.add (local.get $j) (i32.const 4)) (local.get $cols)))
            (local.set $ps (i32.add (local.get $src) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $j)) (i32.const 2))))
            (local.set $r0 (v128.load (local.get $ps)))
            (local.set $r1 (v128.load (i32.add (local.get $ps) (local.get $ls))))
            (local.set $r2 (v128.load (i32.add (local.get $ps) (i32.shl (local.get $ls) (i32.const 1)))))
            (local.set $r3 (v128.load (i32.add (local.get $ps) (i32.mul (local.get $ls) (i32.const 3)))))
            ;; (a0 b0 a1 b1), (a2 b2 a3 b3), (c0 d0 c1 d1), (c2 d2 c3 d3)
            (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $r0) (local.get $r1)))
            (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $r0) (local.get $r1)))
            (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $r2) (local.get $r3)))
            (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $r2) (local.get $r3)))
            (local.set $pd (i32.add (local.get $dst) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $rows)) (local.get $r)) (i32.const 2))))
            (v128.store (local.get $pd) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
            (v128.store (i32.add (local.get $pd) (local.get $ld)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
            (v128.store (i32.add (local.get $pd) (i32.shl (local.get $ld) (i32.const 1))) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
            (v128.store (i32.add (local.get $pd) (i32.mul (local.get $ld) (i32.const 3))) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $nextBlock)))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (br $nextBlockRow)))
    ;; columns j ≥ cols − cols % 4 of the rows in whole blocks, then every column of the rows past them
    (call $transposeRange (local.get $src) (local.get $rows) (local.get $cols) (local.get $dst) (i32.const 0) (local.get $r) (local.get $j))
    (call $transposeRange (local.get $src) (local.get $rows) (local.get $cols) (local.get $dst) (local.get $r) (local.get $rows) (i32.const 0)))

  ;; dst[j, r] = src[r, j] for r0 ≤ r < r1, j0 ≤ j < cols.
  (func $transposeRange (param $src i32) (param $rows i32) (param $cols i32) (param $dst i32) (param $r0 i32) (param $r1 i32) (param $j0 i32)
    (local $r i32) (local $j i32)
    (local.set $r (local.get $r0))
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_s (local.get $r) (local.get $r1)))
        (local.set $j (local.get $j0))
        (block $colsDone
          (loop $nextCol
            (br_if $colsDone (i32.ge_s (local.get $j) (local.get $cols)))
            (f32.store (i32.add (local.get $dst) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $rows)) (local.get $r)) (i32.const 2)))
              (f32.load (i32.add (local.get $src) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $j)) (i32.const 2)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $nextCol)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $nextRow))))

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

  ;; ---- random numbers: random.ts's Random, step for step ----------------------------------------------
  ;; The state is in these globals between calls of the slow paths; the fills keep it in locals.
  (global $a (mut i32) (i32.const 0))
  (global $b (mut i32) (i32.const 0))
  (global $c (mut i32) (i32.const 0))
  (global $d (mut i32) (i32.const 0))

  (func $load (global.set $a (i32.load (i32.const 0))) (global.set $b (i32.load (i32.const 4)))
              (global.set $c (i32.load (i32.const 8))) (global.set $d (i32.load (i32.const 12))))
  (func $save (i32.store (i32.const 0) (global.get $a)) (i32.store (i32.const 4) (global.get $b))
              (i32.store (i32.const 8) (global.get $c)) (i32.store (i32.const 12) (global.get $d)))

  ;; xoshiro128**: Random.uint32.
  (func $uint32 (result i32)
    (local $r i32) (local $t i32)
    (local.set $r (i32.mul (i32.rotl (i32.mul (global.get $b) (i32.const 5)) (i32.const 7)) (i32.const 9)))
    (local.set $t (i32.shl (global.get $b) (i32.const 9)))
    (global.set $c (i32.xor (global.get $c) (global.get $a)))
    (global.set $d (i32.xor (global.get $d) (global.get $b)))
    (global.set $b (i32.xor (global.get $b) (global.get $c)))
    (global.set $a (i32.xor (global.get $a) (global.get $d)))
    (global.set $c (i32.xor (global.get $c) (local.get $t)))
    (global.set $d (i32.rotl (global.get $d) (i32.const 11)))
    (local.get $r))

  ;; Random.uniform: 53 random bits in [0, 1).
  (func $uniform (result f64)
    (f64.div
      (f64.add
        (f64.mul (f64.convert_i32_u (i32.shr_u (call $uint32) (i32.const 5))) (f64.const 67108864))
        (f64.convert_i32_u (i32.shr_u (call $uint32) (i32.const 6))))
      (f64.const 9007199254740992)))

  ;; Random.tail: beyond R = 3.442619855899, by Marsaglia's method.
  (func $tail (param $positive i32) (result f64)
    (local $x f64) (local $y f64)
    (loop $again
      (local.set $x (f64.div (f64.neg (call $log (f64.sub (f64.const 1) (call $uniform)))) (f64.const 3.442619855899)))
      (local.set $y (f64.neg (call $log (f64.sub (f64.const 1) (call $uniform)))))
      (br_if $again (i32.eqz (f64.ge (f64.add (local.get $y) (local.get $y)) (f64.mul (local.get $x) (local.get $x))))))
    (if (result f64) (local.get $positive)
      (then (f64.add (f64.const 3.442619855899) (local.get $x)))
      (else (f64.sub (f64.const -3.442619855899) (local.get $x)))))

  ;; |hz| < KN[iz], with |−2³¹| = 2³¹ as in JS: the ziggurat's fast acceptance.
  (func $inside (param $iz i32) (param $hz i32) (result i32)
    (local $s i32)
    (local.set $s (i32.shr_s (local.get $hz) (i32.const 31)))
    (i32.lt_u (i32.sub (i32.xor (local.get $hz) (local.get $s)) (local.get $s))
              (i32.load offset=16 (i32.shl (local.get $iz) (i32.const 2)))))

  ;; hz·WN[iz]
  (func $scaled (param $iz i32) (param $hz i32) (result f64)
    (f64.mul (f64.convert_i32_s (local.get $hz)) (f64.load offset=528 (i32.shl (local.get $iz) (i32.const 3)))))

  ;; Random.normal after a first try (iz, hz, x = hz·WN[iz]) that failed the fast test.
  (func $rejected (param $iz i32) (param $hz i32) (param $x f64) (result f64)
    (local $fn f64)
    (block $accept
      (loop $again
        (if (i32.eqz (local.get $iz)) (then (return (call $tail (i32.gt_s (local.get $hz) (i32.const 0))))))
        (local.set $fn (f64.load offset=1552 (i32.shl (local.get $iz) (i32.const 3))))
        (br_if $accept (f64.lt
          (f64.add (local.get $fn) (f64.mul (call $uniform) (f64.sub (f64.load offset=1544 (i32.shl (local.get $iz) (i32.const 3))) (local.get $fn))))
          (call $exp (f64.mul (f64.const -0.5) (f64.mul (local.get $x) (local.get $x))))))
        (local.set $iz (i32.and (call $uint32) (i32.const 127)))
        (local.set $hz (call $uint32))
        (local.set $x (call $scaled (local.get $iz) (local.get $hz)))
        (br_if $again (i32.eqz (call $inside (local.get $iz) (local.get $hz))))))
    (local.get $x))

  ;; out[0 … n) = mean + std·normal(): Random.fillNormal. The common case (98.8%) inline, the state in locals.
  (func (export "fillNormal") (param $out i32) (param $n i32) (param $mean f64) (param $std f64)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $t i32) (local $iz i32) (local $hz i32) (local $x f64)
    (local.set $a (i32.load (i32.const 0)))
    (local.set $b (i32.load (i32.const 4)))
    (local.set $c (i32.load (i32.const 8)))
    (local.set $d (i32.load (i32.const 12)))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        ;; iz = uint32() & 127
        (local.set $iz (i32.and (i32.mul (i32.rotl (i32.mul (local.get $b) (i32.const 5)) (i32.const 7)) (i32.const 9)) (i32.const 127)))
        (local.set $t (i32.shl (local.get $b) (i32.const 9)))
        (local.set $c (i32.xor (local.get $c) (local.get $a)))
        (local.set $d (i32.xor (local.get $d) (local.get $b)))
        (local.set $b (i32.xor (local.get $b) (local.get $c)))
        (local.set $a (i32.xor (local.get $a) (local.get $d)))
        (local.set $c (i32.xor (local.get $c) (local.get $t)))
        (local.set $d (i32.rotl (local.get $d) (i32.const 11)))
        ;; hz = uint32() | 0
        (local.set $hz (i32.mul (i32.rotl (i32.mul (local.get $b) (i32.const 5)) (i32.const 7)) (i32.const 9)))
        (local.set $t (i32.shl (local.get $b) (i32.const 9)))
        (local.set $c (i32.xor (local.get $c) (local.get $a)))
        (local.set $d (i32.xor (local.get $d) (local.get $b)))
        (local.set $b (i32.xor (local.get $b) (local.get $c)))
        (local.set $a (i32.xor (local.get $a) (local.get $d)))
        (local.set $c (i32.xor (local.get $c) (local.get $t)))
        (local.set $d (i32.rotl (local.get $d) (i32.const 11)))
        ;; x = hz·WN[iz]; accepted at once if |hz| < KN[iz] ($scaled and $inside, inline)
        (local.set $x (f64.mul (f64.convert_i32_s (local.get $hz)) (f64.load offset=528 (i32.shl (local.get $iz) (i32.const 3)))))
        (local.set $t (i32.shr_s (local.get $hz) (i32.const 31)))
        (if (i32.ge_u (i32.sub (i32.xor (local.get $hz) (local.get $t)) (local.get $t))
                      (i32.load offset=16 (i32.shl (local.get $iz) (i32.const 2))))
          (then
            (global.set $a (local.get $a)) (global.set $b (local.get $b)) (global.set $c (local.get $c)) (global.set $d (local.get $d))
            (local.set $x (call $rejected (local.get $iz) (local.get $hz) (local.get $x)))
            (local.set $a (global.get $a)) (local.set $b (global.get $b)) (local.set $c (global.get $c)) (local.set $d (global.get $d))))
        (f32.store (local.get $out) (f32.demote_f64 (f64.add (local.get $mean) (f64.mul (local.get $std) (local.get $x)))))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (i32.store (i32.const 0) (local.get $a))
    (i32.store (i32.const 4) (local.get $b))
    (i32.store (i32.const 8) (local.get $c))
    (i32.store (i32.const 12) (local.get $d)))

  ;; out[0 … n) = (2·uniform() − 1)·limit: init.ts's uniform initialisations.
  (func (export "fillUniform") (param $out i32) (param $n i32) (param $limit f64)
    (call $load)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (f32.store (local.get $out) (f32.demote_f64 (f64.mul (f64.sub (f64.mul (f64.const 2) (call $uniform)) (f64.const 1)) (local.get $limit))))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (call $save))
)
