;; The Depth simulations' hot loops in WebAssembly with 128-bit SIMD (f32x4), on float32 buffers.
;; `node scripts/wasm.mjs` assembles this file, with the parts its @include lines name, into kernelsWasm.ts
;; (the bytes), which kernels.ts instantiates.
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

  ;; @include kernelsSummaries.wat
  ;; @include kernelsRandom.wat
)
