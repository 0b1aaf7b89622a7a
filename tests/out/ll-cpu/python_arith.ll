; arith(int64, int64)
; ModuleID = 'golden.python_arith'
source_filename = "golden.python_arith"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@penna.msg.0 = private constant [34 x i8] c"integer division or modulo by zero"
@penna.msg.1 = private constant [22 x i8] c"float division by zero"
@penna.msg.2 = private constant [89 x i8] c"integer to a negative power: the result type is an integer (use a float base or exponent)"

; Function Attrs: nounwind
define internal i32 @arith.0(ptr %0, ptr %1, i64 %2, i64 %3) #0 {
entry:
  %a = alloca i64, align 8
  %b = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store i64 %2, ptr %a, align 8
  store i64 %3, ptr %b, align 8
  %4 = load i64, ptr %a, align 8
  %5 = load i64, ptr %b, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %raise, label %ok

raise:                                            ; preds = %body
  %exc.field = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 0
  store i32 1, ptr %exc.field, align 4
  %exc.field1 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 1
  store i32 0, ptr %exc.field1, align 4
  %exc.field2 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field2, align 8
  %exc.field3 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 3
  store i64 34, ptr %exc.field3, align 8
  %exc.field4 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 4
  ret i32 1

ok:                                               ; preds = %body
  %7 = icmp eq i64 %5, -1
  %8 = select i1 %7, i64 1, i64 %5
  %9 = sdiv i64 %4, %8
  %10 = srem i64 %4, %8
  %11 = sub i64 0, %4
  %12 = select i1 %7, i64 %11, i64 %9
  %13 = icmp ne i64 %10, 0
  %14 = xor i64 %10, %5
  %15 = icmp slt i64 %14, 0
  %16 = and i1 %13, %15
  %17 = sub i64 %12, 1
  %floordiv = select i1 %16, i64 %17, i64 %12
  %18 = load i64, ptr %a, align 8
  %19 = load i64, ptr %b, align 8
  %20 = icmp eq i64 %19, 0
  br i1 %20, label %raise5, label %ok6

dead:                                             ; No predecessors!
  unreachable

raise5:                                           ; preds = %ok
  %exc.field7 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 0
  store i32 1, ptr %exc.field7, align 4
  %exc.field8 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 1
  store i32 0, ptr %exc.field8, align 4
  %exc.field9 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field9, align 8
  %exc.field10 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 3
  store i64 34, ptr %exc.field10, align 8
  %exc.field11 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 4
  ret i32 1

ok6:                                              ; preds = %ok
  %21 = icmp eq i64 %19, -1
  %22 = select i1 %21, i64 1, i64 %19
  %23 = sdiv i64 %18, %22
  %24 = srem i64 %18, %22
  %25 = sub i64 0, %18
  %26 = select i1 %21, i64 %25, i64 %23
  %27 = icmp ne i64 %24, 0
  %28 = xor i64 %24, %19
  %29 = icmp slt i64 %28, 0
  %30 = and i1 %27, %29
  %31 = add i64 %24, %19
  %mod = select i1 %30, i64 %31, i64 %24
  %32 = load i64, ptr %a, align 8
  %sitofp = sitofp i64 %32 to double
  %33 = load i64, ptr %b, align 8
  %sitofp13 = sitofp i64 %33 to double
  %34 = fcmp oeq double %sitofp13, 0.000000e+00
  br i1 %34, label %raise14, label %ok15

dead12:                                           ; No predecessors!
  unreachable

raise14:                                          ; preds = %ok6
  %exc.field16 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 0
  store i32 1, ptr %exc.field16, align 4
  %exc.field17 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 1
  store i32 0, ptr %exc.field17, align 4
  %exc.field18 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 2
  store ptr @penna.msg.1, ptr %exc.field18, align 8
  %exc.field19 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 3
  store i64 22, ptr %exc.field19, align 8
  %exc.field20 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 4
  ret i32 1

ok15:                                             ; preds = %ok6
  %fdiv = fdiv double %sitofp, %sitofp13
  %35 = load i64, ptr %a, align 8
  br i1 false, label %raise22, label %ok23

dead21:                                           ; No predecessors!
  unreachable

raise22:                                          ; preds = %ok15
  %exc.field24 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 0
  store i32 3, ptr %exc.field24, align 4
  %exc.field25 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 1
  store i32 0, ptr %exc.field25, align 4
  %exc.field26 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 2
  store ptr @penna.msg.2, ptr %exc.field26, align 8
  %exc.field27 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 3
  store i64 89, ptr %exc.field27, align 8
  %exc.field28 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 4
  ret i32 1

ok23:                                             ; preds = %ok15
  br label %pow.loop

dead29:                                           ; No predecessors!
  unreachable

pow.loop:                                         ; preds = %pow.loop, %ok23
  %acc = phi i64 [ 1, %ok23 ], [ %38, %pow.loop ]
  %base = phi i64 [ %35, %ok23 ], [ %39, %pow.loop ]
  %exp = phi i64 [ 2, %ok23 ], [ %40, %pow.loop ]
  %36 = trunc i64 %exp to i1
  %37 = mul i64 %acc, %base
  %38 = select i1 %36, i64 %37, i64 %acc
  %39 = mul i64 %base, %base
  %40 = lshr i64 %exp, 1
  %41 = icmp eq i64 %40, 0
  br i1 %41, label %pow.end, label %pow.loop

pow.end:                                          ; preds = %pow.loop
  %pow = phi i64 [ %38, %pow.loop ]
  %42 = load i64, ptr %a, align 8
  %neg = sub i64 0, %42
  %43 = insertvalue { i64, i64, double, i64, i64 } undef, i64 %floordiv, 0
  %44 = insertvalue { i64, i64, double, i64, i64 } %43, i64 %mod, 1
  %45 = insertvalue { i64, i64, double, i64, i64 } %44, double %fdiv, 2
  %46 = insertvalue { i64, i64, double, i64, i64 } %45, i64 %pow, 3
  %47 = insertvalue { i64, i64, double, i64, i64 } %46, i64 %neg, 4
  store { i64, i64, double, i64, i64 } %47, ptr %0, align 8
  ret i32 0

dead30:                                           ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.python_arith.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca { i64, i64, double, i64, i64 }, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load i64, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %elem4 = load i64, ptr %arg.ptr3, align 8
  %status = call i32 @arith.0(ptr %ret, ptr %2, i64 %elem, i64 %elem4)
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = load { i64, i64, double, i64, i64 }, ptr %ret, align 8
  %3 = extractvalue { i64, i64, double, i64, i64 } %result, 0
  store i64 %3, ptr %1, align 8
  %field = getelementptr inbounds i8, ptr %1, i64 8
  %4 = extractvalue { i64, i64, double, i64, i64 } %result, 1
  store i64 %4, ptr %field, align 8
  %field5 = getelementptr inbounds i8, ptr %1, i64 16
  %5 = extractvalue { i64, i64, double, i64, i64 } %result, 2
  store double %5, ptr %field5, align 8
  %field6 = getelementptr inbounds i8, ptr %1, i64 24
  %6 = extractvalue { i64, i64, double, i64, i64 } %result, 3
  store i64 %6, ptr %field6, align 8
  %field7 = getelementptr inbounds i8, ptr %1, i64 32
  %7 = extractvalue { i64, i64, double, i64, i64 } %result, 4
  store i64 %7, ptr %field7, align 8
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

; arith(float64, int32)
; ModuleID = 'golden.python_arith'
source_filename = "golden.python_arith"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@penna.msg.0 = private constant [28 x i8] c"float floor division by zero"
@penna.msg.1 = private constant [12 x i8] c"float modulo"
@penna.msg.2 = private constant [22 x i8] c"float division by zero"

; Function Attrs: nounwind
define internal i32 @arith.0(ptr %0, ptr %1, double %2, i32 %3) #0 {
entry:
  %a = alloca double, align 8
  %b = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  store double %2, ptr %a, align 8
  store i32 %3, ptr %b, align 4
  %4 = load double, ptr %a, align 8
  %5 = load i32, ptr %b, align 4
  %sitofp = sitofp i32 %5 to double
  %6 = fcmp oeq double %sitofp, 0.000000e+00
  br i1 %6, label %raise, label %ok

raise:                                            ; preds = %body
  %exc.field = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 0
  store i32 1, ptr %exc.field, align 4
  %exc.field1 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 1
  store i32 0, ptr %exc.field1, align 4
  %exc.field2 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field2, align 8
  %exc.field3 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 3
  store i64 28, ptr %exc.field3, align 8
  %exc.field4 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 4
  ret i32 1

ok:                                               ; preds = %body
  %fmod = frem double %4, %sitofp
  %7 = fsub double %4, %fmod
  %8 = fdiv double %7, %sitofp
  %9 = fcmp une double %fmod, 0.000000e+00
  %10 = fcmp olt double %sitofp, 0.000000e+00
  %11 = fcmp olt double %fmod, 0.000000e+00
  %12 = xor i1 %10, %11
  %13 = and i1 %9, %12
  %14 = fadd double %fmod, %sitofp
  %15 = fsub double %8, 1.000000e+00
  %16 = select i1 %13, double %14, double %fmod
  %17 = select i1 %13, double %15, double %8
  %18 = call double @llvm.copysign.f64(double 0.000000e+00, double %sitofp)
  %mod = select i1 %9, double %16, double %18
  %19 = call double @llvm.floor.f64(double %17)
  %20 = fsub double %17, %19
  %21 = fcmp ogt double %20, 5.000000e-01
  %22 = fadd double %19, 1.000000e+00
  %23 = select i1 %21, double %22, double %19
  %24 = fcmp une double %17, 0.000000e+00
  %25 = fdiv double %4, %sitofp
  %26 = call double @llvm.copysign.f64(double 0.000000e+00, double %25)
  %floordiv = select i1 %24, double %23, double %26
  %27 = load double, ptr %a, align 8
  %28 = load i32, ptr %b, align 4
  %sitofp5 = sitofp i32 %28 to double
  %29 = fcmp oeq double %sitofp5, 0.000000e+00
  br i1 %29, label %raise6, label %ok7

dead:                                             ; No predecessors!
  unreachable

raise6:                                           ; preds = %ok
  %exc.field8 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 0
  store i32 1, ptr %exc.field8, align 4
  %exc.field9 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 1
  store i32 0, ptr %exc.field9, align 4
  %exc.field10 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 2
  store ptr @penna.msg.1, ptr %exc.field10, align 8
  %exc.field11 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 3
  store i64 12, ptr %exc.field11, align 8
  %exc.field12 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 4
  ret i32 1

ok7:                                              ; preds = %ok
  %fmod14 = frem double %27, %sitofp5
  %30 = fsub double %27, %fmod14
  %31 = fdiv double %30, %sitofp5
  %32 = fcmp une double %fmod14, 0.000000e+00
  %33 = fcmp olt double %sitofp5, 0.000000e+00
  %34 = fcmp olt double %fmod14, 0.000000e+00
  %35 = xor i1 %33, %34
  %36 = and i1 %32, %35
  %37 = fadd double %fmod14, %sitofp5
  %38 = fsub double %31, 1.000000e+00
  %39 = select i1 %36, double %37, double %fmod14
  %40 = select i1 %36, double %38, double %31
  %41 = call double @llvm.copysign.f64(double 0.000000e+00, double %sitofp5)
  %mod15 = select i1 %32, double %39, double %41
  %42 = call double @llvm.floor.f64(double %40)
  %43 = fsub double %40, %42
  %44 = fcmp ogt double %43, 5.000000e-01
  %45 = fadd double %42, 1.000000e+00
  %46 = select i1 %44, double %45, double %42
  %47 = fcmp une double %40, 0.000000e+00
  %48 = fdiv double %27, %sitofp5
  %49 = call double @llvm.copysign.f64(double 0.000000e+00, double %48)
  %floordiv16 = select i1 %47, double %46, double %49
  %50 = load double, ptr %a, align 8
  %51 = load i32, ptr %b, align 4
  %sitofp17 = sitofp i32 %51 to double
  %52 = fcmp oeq double %sitofp17, 0.000000e+00
  br i1 %52, label %raise18, label %ok19

dead13:                                           ; No predecessors!
  unreachable

raise18:                                          ; preds = %ok7
  %exc.field20 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 0
  store i32 1, ptr %exc.field20, align 4
  %exc.field21 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 1
  store i32 0, ptr %exc.field21, align 4
  %exc.field22 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 2
  store ptr @penna.msg.2, ptr %exc.field22, align 8
  %exc.field23 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 3
  store i64 22, ptr %exc.field23, align 8
  %exc.field24 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 4
  ret i32 1

ok19:                                             ; preds = %ok7
  %fdiv = fdiv double %50, %sitofp17
  %53 = load double, ptr %a, align 8
  %54 = call double @llvm.pow.f64(double %53, double 2.000000e+00)
  %55 = load double, ptr %a, align 8
  %neg = fneg double %55
  %56 = insertvalue { double, double, double, double, double } undef, double %floordiv, 0
  %57 = insertvalue { double, double, double, double, double } %56, double %mod15, 1
  %58 = insertvalue { double, double, double, double, double } %57, double %fdiv, 2
  %59 = insertvalue { double, double, double, double, double } %58, double %54, 3
  %60 = insertvalue { double, double, double, double, double } %59, double %neg, 4
  store { double, double, double, double, double } %60, ptr %0, align 8
  ret i32 0

dead25:                                           ; No predecessors!
  unreachable

dead26:                                           ; No predecessors!
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.copysign.f64(double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.pow.f64(double, double) #1

; Function Attrs: nounwind
define i32 @golden.python_arith.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca { double, double, double, double, double }, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load double, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %elem4 = load i32, ptr %arg.ptr3, align 4
  %status = call i32 @arith.0(ptr %ret, ptr %2, double %elem, i32 %elem4)
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = load { double, double, double, double, double }, ptr %ret, align 8
  %3 = extractvalue { double, double, double, double, double } %result, 0
  store double %3, ptr %1, align 8
  %field = getelementptr inbounds i8, ptr %1, i64 8
  %4 = extractvalue { double, double, double, double, double } %result, 1
  store double %4, ptr %field, align 8
  %field5 = getelementptr inbounds i8, ptr %1, i64 16
  %5 = extractvalue { double, double, double, double, double } %result, 2
  store double %5, ptr %field5, align 8
  %field6 = getelementptr inbounds i8, ptr %1, i64 24
  %6 = extractvalue { double, double, double, double, double } %result, 3
  store double %6, ptr %field6, align 8
  %field7 = getelementptr inbounds i8, ptr %1, i64 32
  %7 = extractvalue { double, double, double, double, double } %result, 4
  store double %7, ptr %field7, align 8
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

