; caller(float64, int64)
; ModuleID = 'golden.calls_and_tuples'
source_filename = "golden.calls_and_tuples"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal { i32, double } @caller.0(ptr %0, double %1, i64 %2) #0 {
entry:
  %x = alloca double, align 8
  %n = alloca i64, align 8
  %tmp.0 = alloca { double, double }, align 8
  %a = alloca double, align 8
  %b = alloca double, align 8
  %tmp.1 = alloca { double, double }, align 8
  %c = alloca double, align 8
  %_ = alloca double, align 8
  br label %body

body:                                             ; preds = %entry
  store double %1, ptr %x, align 8
  store i64 %2, ptr %n, align 8
  %3 = load double, ptr %x, align 8
  %call = call { i32, { double, double } } @helper.1(ptr %0, double %3, i64 2)
  %status = extractvalue { i32, { double, double } } %call, 0
  %failed = icmp ne i32 %status, 0
  %unlikely = call i1 @llvm.expect.i1(i1 %failed, i1 false)
  br i1 %unlikely, label %propagate, label %call.ok

propagate:                                        ; preds = %body
  %4 = insertvalue { i32, double } undef, i32 %status, 0
  ret { i32, double } %4

call.ok:                                          ; preds = %body
  %result = extractvalue { i32, { double, double } } %call, 1
  store { double, double } %result, ptr %tmp.0, align 8
  %5 = load { double, double }, ptr %tmp.0, align 8
  %item = extractvalue { double, double } %5, 0
  store double %item, ptr %a, align 8
  %6 = load { double, double }, ptr %tmp.0, align 8
  %item1 = extractvalue { double, double } %6, 1
  store double %item1, ptr %b, align 8
  %7 = load double, ptr %x, align 8
  %8 = load i64, ptr %n, align 8
  %call2 = call { i32, { double, double } } @helper.1(ptr %0, double %7, i64 %8)
  %status3 = extractvalue { i32, { double, double } } %call2, 0
  %failed4 = icmp ne i32 %status3, 0
  %unlikely7 = call i1 @llvm.expect.i1(i1 %failed4, i1 false)
  br i1 %unlikely7, label %propagate5, label %call.ok6

propagate5:                                       ; preds = %call.ok
  %9 = insertvalue { i32, double } undef, i32 %status3, 0
  ret { i32, double } %9

call.ok6:                                         ; preds = %call.ok
  %result8 = extractvalue { i32, { double, double } } %call2, 1
  store { double, double } %result8, ptr %tmp.1, align 8
  %10 = load { double, double }, ptr %tmp.1, align 8
  %item9 = extractvalue { double, double } %10, 0
  store double %item9, ptr %c, align 8
  %11 = load { double, double }, ptr %tmp.1, align 8
  %item10 = extractvalue { double, double } %11, 1
  store double %item10, ptr %_, align 8
  %12 = load double, ptr %a, align 8
  %13 = load double, ptr %b, align 8
  %fadd = fadd double %12, %13
  %14 = load double, ptr %c, align 8
  %fmul = fmul double %14, 3.000000e+00
  %fadd11 = fadd double %fadd, %fmul
  %result12 = insertvalue { i32, double } { i32 0, double undef }, double %fadd11, 1
  ret { i32, double } %result12

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define internal { i32, { double, double } } @helper.1(ptr %0, double %1, i64 %2) #0 {
entry:
  %x = alloca double, align 8
  %k = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store double %1, ptr %x, align 8
  store i64 %2, ptr %k, align 8
  %3 = load double, ptr %x, align 8
  %4 = load i64, ptr %k, align 8
  %sitofp = sitofp i64 %4 to double
  %fmul = fmul double %3, %sitofp
  %5 = load double, ptr %x, align 8
  %6 = call double @llvm.fabs.f64(double %5)
  %7 = call double @llvm.sqrt.f64(double %6)
  %8 = insertvalue { double, double } undef, double %fmul, 0
  %9 = insertvalue { double, double } %8, double %7, 1
  %result = insertvalue { i32, { double, double } } { i32 0, { double, double } undef }, { double, double } %9, 1
  ret { i32, { double, double } } %result

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #2

; Function Attrs: nounwind
define i32 @golden.calls_and_tuples.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load double, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %elem4 = load i64, ptr %arg.ptr3, align 8
  %call = call { i32, double } @caller.0(ptr %2, double %elem, i64 %elem4)
  %status = extractvalue { i32, double } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = extractvalue { i32, double } %call, 1
  store double %result, ptr %1, align 8
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

