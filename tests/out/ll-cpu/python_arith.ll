; arith(int64, int64)
; ModuleID = 'golden.python_arith'
source_filename = "golden.python_arith"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@penna.msg.0 = private constant [34 x i8] c"integer division or modulo by zero"
@penna.msg.1 = private constant [22 x i8] c"float division by zero"
@penna.msg.2 = private constant [89 x i8] c"integer to a negative power: the result type is an integer (use a float base or exponent)"

; Function Attrs: nounwind
define internal { i32, { i64, i64, double, i64, i64 } } @arith.0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %a = alloca i64, align 8
  %b = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store i64 %1, ptr %a, align 8
  store i64 %2, ptr %b, align 8
  %3 = load i64, ptr %a, align 8
  %4 = load i64, ptr %b, align 8
  %5 = icmp eq i64 %4, 0
  %unlikely = call i1 @llvm.expect.i1(i1 %5, i1 false)
  br i1 %unlikely, label %raise, label %ok

raise:                                            ; preds = %body
  %exc.field = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 0
  store i32 1, ptr %exc.field, align 4
  %exc.field1 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 1
  store i32 0, ptr %exc.field1, align 4
  %exc.field2 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field2, align 8
  %exc.field3 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 3
  store i64 34, ptr %exc.field3, align 8
  %exc.field4 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 4
  ret { i32, { i64, i64, double, i64, i64 } } { i32 1, { i64, i64, double, i64, i64 } undef }

ok:                                               ; preds = %body
  %6 = icmp eq i64 %4, -1
  %7 = icmp eq i64 %3, -9223372036854775808
  %8 = and i1 %6, %7
  %unlikely5 = call i1 @llvm.expect.i1(i1 %8, i1 false)
  br i1 %unlikely5, label %div.end, label %div.exact

dead:                                             ; No predecessors!
  unreachable

div.exact:                                        ; preds = %ok
  %9 = sdiv i64 %3, %4
  %10 = srem i64 %3, %4
  %11 = icmp ne i64 %10, 0
  %12 = xor i64 %10, %4
  %13 = icmp slt i64 %12, 0
  %14 = and i1 %11, %13
  %15 = sub i64 %9, 1
  %16 = select i1 %14, i64 %15, i64 %9
  br label %div.end

div.end:                                          ; preds = %div.exact, %ok
  %floordiv = phi i64 [ -9223372036854775808, %ok ], [ %16, %div.exact ]
  %17 = load i64, ptr %a, align 8
  %18 = load i64, ptr %b, align 8
  %19 = icmp eq i64 %18, 0
  %unlikely8 = call i1 @llvm.expect.i1(i1 %19, i1 false)
  br i1 %unlikely8, label %raise6, label %ok7

raise6:                                           ; preds = %div.end
  %exc.field9 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 0
  store i32 1, ptr %exc.field9, align 4
  %exc.field10 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 1
  store i32 0, ptr %exc.field10, align 4
  %exc.field11 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field11, align 8
  %exc.field12 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 3
  store i64 34, ptr %exc.field12, align 8
  %exc.field13 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 4
  ret { i32, { i64, i64, double, i64, i64 } } { i32 1, { i64, i64, double, i64, i64 } undef }

ok7:                                              ; preds = %div.end
  %20 = icmp eq i64 %18, -1
  %21 = icmp eq i64 %17, -9223372036854775808
  %22 = and i1 %20, %21
  %unlikely15 = call i1 @llvm.expect.i1(i1 %22, i1 false)
  br i1 %unlikely15, label %div.end17, label %div.exact16

dead14:                                           ; No predecessors!
  unreachable

div.exact16:                                      ; preds = %ok7
  %23 = sdiv i64 %17, %18
  %24 = srem i64 %17, %18
  %25 = icmp ne i64 %24, 0
  %26 = xor i64 %24, %18
  %27 = icmp slt i64 %26, 0
  %28 = and i1 %25, %27
  %29 = add i64 %24, %18
  %30 = select i1 %28, i64 %29, i64 %24
  br label %div.end17

div.end17:                                        ; preds = %div.exact16, %ok7
  %mod = phi i64 [ 0, %ok7 ], [ %30, %div.exact16 ]
  %31 = load i64, ptr %a, align 8
  %sitofp = sitofp i64 %31 to double
  %32 = load i64, ptr %b, align 8
  %sitofp18 = sitofp i64 %32 to double
  %33 = fcmp oeq double %sitofp18, 0.000000e+00
  %unlikely21 = call i1 @llvm.expect.i1(i1 %33, i1 false)
  br i1 %unlikely21, label %raise19, label %ok20

raise19:                                          ; preds = %div.end17
  %exc.field22 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 0
  store i32 1, ptr %exc.field22, align 4
  %exc.field23 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 1
  store i32 0, ptr %exc.field23, align 4
  %exc.field24 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 2
  store ptr @penna.msg.1, ptr %exc.field24, align 8
  %exc.field25 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 3
  store i64 22, ptr %exc.field25, align 8
  %exc.field26 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 4
  ret { i32, { i64, i64, double, i64, i64 } } { i32 1, { i64, i64, double, i64, i64 } undef }

ok20:                                             ; preds = %div.end17
  %fdiv = fdiv double %sitofp, %sitofp18
  %34 = load i64, ptr %a, align 8
  %unlikely30 = call i1 @llvm.expect.i1(i1 false, i1 false)
  br i1 %unlikely30, label %raise28, label %ok29

dead27:                                           ; No predecessors!
  unreachable

raise28:                                          ; preds = %ok20
  %exc.field31 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 0
  store i32 3, ptr %exc.field31, align 4
  %exc.field32 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 1
  store i32 0, ptr %exc.field32, align 4
  %exc.field33 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 2
  store ptr @penna.msg.2, ptr %exc.field33, align 8
  %exc.field34 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 3
  store i64 89, ptr %exc.field34, align 8
  %exc.field35 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 4
  ret { i32, { i64, i64, double, i64, i64 } } { i32 1, { i64, i64, double, i64, i64 } undef }

ok29:                                             ; preds = %ok20
  %pow = mul i64 %34, %34
  %35 = load i64, ptr %a, align 8
  %neg = sub i64 0, %35
  %36 = insertvalue { i64, i64, double, i64, i64 } undef, i64 %floordiv, 0
  %37 = insertvalue { i64, i64, double, i64, i64 } %36, i64 %mod, 1
  %38 = insertvalue { i64, i64, double, i64, i64 } %37, double %fdiv, 2
  %39 = insertvalue { i64, i64, double, i64, i64 } %38, i64 %pow, 3
  %40 = insertvalue { i64, i64, double, i64, i64 } %39, i64 %neg, 4
  %result = insertvalue { i32, { i64, i64, double, i64, i64 } } { i32 0, { i64, i64, double, i64, i64 } undef }, { i64, i64, double, i64, i64 } %40, 1
  ret { i32, { i64, i64, double, i64, i64 } } %result

dead36:                                           ; No predecessors!
  unreachable

dead37:                                           ; No predecessors!
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #1

; Function Attrs: nounwind
define i32 @golden.python_arith.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load i64, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %elem4 = load i64, ptr %arg.ptr3, align 8
  %call = call { i32, { i64, i64, double, i64, i64 } } @arith.0(ptr %2, i64 %elem, i64 %elem4)
  %status = extractvalue { i32, { i64, i64, double, i64, i64 } } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = extractvalue { i32, { i64, i64, double, i64, i64 } } %call, 1
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
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(none) }

; arith(float64, int32)
; ModuleID = 'golden.python_arith'
source_filename = "golden.python_arith"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@penna.msg.0 = private constant [28 x i8] c"float floor division by zero"
@penna.msg.1 = private constant [12 x i8] c"float modulo"
@penna.msg.2 = private constant [22 x i8] c"float division by zero"

; Function Attrs: nounwind
define internal { i32, { double, double, double, double, double } } @arith.0(ptr %0, double %1, i32 %2) #0 {
entry:
  %a = alloca double, align 8
  %b = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  store double %1, ptr %a, align 8
  store i32 %2, ptr %b, align 4
  %3 = load double, ptr %a, align 8
  %4 = load i32, ptr %b, align 4
  %sitofp = sitofp i32 %4 to double
  %5 = fcmp oeq double %sitofp, 0.000000e+00
  %unlikely = call i1 @llvm.expect.i1(i1 %5, i1 false)
  br i1 %unlikely, label %raise, label %ok

raise:                                            ; preds = %body
  %exc.field = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 0
  store i32 1, ptr %exc.field, align 4
  %exc.field1 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 1
  store i32 0, ptr %exc.field1, align 4
  %exc.field2 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field2, align 8
  %exc.field3 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 3
  store i64 28, ptr %exc.field3, align 8
  %exc.field4 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 4
  ret { i32, { double, double, double, double, double } } { i32 1, { double, double, double, double, double } undef }

ok:                                               ; preds = %body
  %6 = call double @llvm.fabs.f64(double %3)
  %7 = call double @llvm.fabs.f64(double %sitofp)
  %8 = fdiv double %6, %7
  %9 = call double @llvm.trunc.f64(double %8)
  %10 = fcmp olt double %9, 0x4330000000000000
  %11 = fcmp olt double %7, 0x7FF0000000000000
  %fmod.exact = and i1 %10, %11
  br i1 %fmod.exact, label %fmod.fast, label %fmod.slow

dead:                                             ; No predecessors!
  unreachable

fmod.fast:                                        ; preds = %ok
  %12 = fneg double %9
  %13 = call double @llvm.fma.f64(double %12, double %7, double %6)
  %14 = fsub double %9, 1.000000e+00
  %15 = fneg double %14
  %16 = call double @llvm.fma.f64(double %15, double %7, double %6)
  %17 = fadd double %9, 1.000000e+00
  %18 = fneg double %17
  %19 = call double @llvm.fma.f64(double %18, double %7, double %6)
  %20 = fcmp olt double %13, 0.000000e+00
  %21 = fcmp oge double %13, %7
  %22 = select i1 %21, double %19, double %13
  %23 = select i1 %20, double %16, double %22
  %24 = call double @llvm.copysign.f64(double %23, double %3)
  br label %fmod.done

fmod.slow:                                        ; preds = %ok
  %fmod = frem double %3, %sitofp
  br label %fmod.done

fmod.done:                                        ; preds = %fmod.slow, %fmod.fast
  %fmod5 = phi double [ %24, %fmod.fast ], [ %fmod, %fmod.slow ]
  %25 = fsub double %3, %fmod5
  %26 = fdiv double %25, %sitofp
  %27 = fcmp une double %fmod5, 0.000000e+00
  %28 = fcmp olt double %sitofp, 0.000000e+00
  %29 = fcmp olt double %fmod5, 0.000000e+00
  %30 = xor i1 %28, %29
  %31 = and i1 %27, %30
  %32 = fadd double %fmod5, %sitofp
  %33 = fsub double %26, 1.000000e+00
  %34 = select i1 %31, double %32, double %fmod5
  %35 = select i1 %31, double %33, double %26
  %36 = call double @llvm.copysign.f64(double 0.000000e+00, double %sitofp)
  %mod = select i1 %27, double %34, double %36
  %37 = call double @llvm.floor.f64(double %35)
  %38 = fsub double %35, %37
  %39 = fcmp ogt double %38, 5.000000e-01
  %40 = fadd double %37, 1.000000e+00
  %41 = select i1 %39, double %40, double %37
  %42 = fcmp une double %35, 0.000000e+00
  %43 = fdiv double %3, %sitofp
  %44 = call double @llvm.copysign.f64(double 0.000000e+00, double %43)
  %floordiv = select i1 %42, double %41, double %44
  %45 = load double, ptr %a, align 8
  %46 = load i32, ptr %b, align 4
  %sitofp6 = sitofp i32 %46 to double
  %47 = fcmp oeq double %sitofp6, 0.000000e+00
  %unlikely9 = call i1 @llvm.expect.i1(i1 %47, i1 false)
  br i1 %unlikely9, label %raise7, label %ok8

raise7:                                           ; preds = %fmod.done
  %exc.field10 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 0
  store i32 1, ptr %exc.field10, align 4
  %exc.field11 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 1
  store i32 0, ptr %exc.field11, align 4
  %exc.field12 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 2
  store ptr @penna.msg.1, ptr %exc.field12, align 8
  %exc.field13 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 3
  store i64 12, ptr %exc.field13, align 8
  %exc.field14 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 4
  ret { i32, { double, double, double, double, double } } { i32 1, { double, double, double, double, double } undef }

ok8:                                              ; preds = %fmod.done
  %48 = call double @llvm.fabs.f64(double %45)
  %49 = call double @llvm.fabs.f64(double %sitofp6)
  %50 = fdiv double %48, %49
  %51 = call double @llvm.trunc.f64(double %50)
  %52 = fcmp olt double %51, 0x4330000000000000
  %53 = fcmp olt double %49, 0x7FF0000000000000
  %fmod.exact16 = and i1 %52, %53
  br i1 %fmod.exact16, label %fmod.fast17, label %fmod.slow18

dead15:                                           ; No predecessors!
  unreachable

fmod.fast17:                                      ; preds = %ok8
  %54 = fneg double %51
  %55 = call double @llvm.fma.f64(double %54, double %49, double %48)
  %56 = fsub double %51, 1.000000e+00
  %57 = fneg double %56
  %58 = call double @llvm.fma.f64(double %57, double %49, double %48)
  %59 = fadd double %51, 1.000000e+00
  %60 = fneg double %59
  %61 = call double @llvm.fma.f64(double %60, double %49, double %48)
  %62 = fcmp olt double %55, 0.000000e+00
  %63 = fcmp oge double %55, %49
  %64 = select i1 %63, double %61, double %55
  %65 = select i1 %62, double %58, double %64
  %66 = call double @llvm.copysign.f64(double %65, double %45)
  br label %fmod.done19

fmod.slow18:                                      ; preds = %ok8
  %fmod20 = frem double %45, %sitofp6
  br label %fmod.done19

fmod.done19:                                      ; preds = %fmod.slow18, %fmod.fast17
  %fmod21 = phi double [ %66, %fmod.fast17 ], [ %fmod20, %fmod.slow18 ]
  %67 = fsub double %45, %fmod21
  %68 = fdiv double %67, %sitofp6
  %69 = fcmp une double %fmod21, 0.000000e+00
  %70 = fcmp olt double %sitofp6, 0.000000e+00
  %71 = fcmp olt double %fmod21, 0.000000e+00
  %72 = xor i1 %70, %71
  %73 = and i1 %69, %72
  %74 = fadd double %fmod21, %sitofp6
  %75 = fsub double %68, 1.000000e+00
  %76 = select i1 %73, double %74, double %fmod21
  %77 = select i1 %73, double %75, double %68
  %78 = call double @llvm.copysign.f64(double 0.000000e+00, double %sitofp6)
  %mod22 = select i1 %69, double %76, double %78
  %79 = call double @llvm.floor.f64(double %77)
  %80 = fsub double %77, %79
  %81 = fcmp ogt double %80, 5.000000e-01
  %82 = fadd double %79, 1.000000e+00
  %83 = select i1 %81, double %82, double %79
  %84 = fcmp une double %77, 0.000000e+00
  %85 = fdiv double %45, %sitofp6
  %86 = call double @llvm.copysign.f64(double 0.000000e+00, double %85)
  %floordiv23 = select i1 %84, double %83, double %86
  %87 = load double, ptr %a, align 8
  %88 = load i32, ptr %b, align 4
  %sitofp24 = sitofp i32 %88 to double
  %89 = fcmp oeq double %sitofp24, 0.000000e+00
  %unlikely27 = call i1 @llvm.expect.i1(i1 %89, i1 false)
  br i1 %unlikely27, label %raise25, label %ok26

raise25:                                          ; preds = %fmod.done19
  %exc.field28 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 0
  store i32 1, ptr %exc.field28, align 4
  %exc.field29 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 1
  store i32 0, ptr %exc.field29, align 4
  %exc.field30 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 2
  store ptr @penna.msg.2, ptr %exc.field30, align 8
  %exc.field31 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 3
  store i64 22, ptr %exc.field31, align 8
  %exc.field32 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 4
  ret { i32, { double, double, double, double, double } } { i32 1, { double, double, double, double, double } undef }

ok26:                                             ; preds = %fmod.done19
  %fdiv = fdiv double %87, %sitofp24
  %90 = load double, ptr %a, align 8
  %pow = fmul double %90, %90
  %91 = load double, ptr %a, align 8
  %neg = fneg double %91
  %92 = insertvalue { double, double, double, double, double } undef, double %floordiv, 0
  %93 = insertvalue { double, double, double, double, double } %92, double %mod22, 1
  %94 = insertvalue { double, double, double, double, double } %93, double %fdiv, 2
  %95 = insertvalue { double, double, double, double, double } %94, double %pow, 3
  %96 = insertvalue { double, double, double, double, double } %95, double %neg, 4
  %result = insertvalue { i32, { double, double, double, double, double } } { i32 0, { double, double, double, double, double } undef }, { double, double, double, double, double } %96, 1
  ret { i32, { double, double, double, double, double } } %result

dead33:                                           ; No predecessors!
  unreachable

dead34:                                           ; No predecessors!
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.trunc.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fma.f64(double, double, double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.copysign.f64(double, double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #2

; Function Attrs: nounwind
define i32 @golden.python_arith.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load double, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %elem4 = load i32, ptr %arg.ptr3, align 4
  %call = call { i32, { double, double, double, double, double } } @arith.0(ptr %2, double %elem, i32 %elem4)
  %status = extractvalue { i32, { double, double, double, double, double } } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = extractvalue { i32, { double, double, double, double, double } } %call, 1
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
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

