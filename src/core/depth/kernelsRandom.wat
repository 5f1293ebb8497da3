;; Part of kernels.wat (scripts/wasm.mjs splices it in at its @include line): the JS Random's
;; xoshiro128** stream and ziggurat normals, on the memory layout kernels.wat describes.
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
