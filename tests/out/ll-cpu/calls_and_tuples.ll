; caller(float64, int64)
; ModuleID = 'golden.calls_and_tuples'
source_filename = "golden.calls_and_tuples"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal i32 @caller.0(ptr %0, ptr %1, double %2, i64 %3) #0 {
entry:
  %ret2 = alloca { double, double }, align 8
  %ret = alloca { double, double }, align 8
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
  store double %2, ptr %x, align 8
  store i64 %3, ptr %n, align 8
  %4 = load double, ptr %x, align 8
  %status = call i32 @helper.1(ptr %ret, ptr %1, double %4, i64 2)
  %failed = icmp ne i32 %status, 0
  br i1 %failed, label %propagate, label %call.ok

propagate:                                        ; preds = %body
  ret i32 %status

call.ok:                                          ; preds = %body
  %result = load { double, double }, ptr %ret, align 8
  store { double, double } %result, ptr %tmp.0, align 8
  %5 = load { double, double }, ptr %tmp.0, align 8
  %item = extractvalue { double, double } %5, 0
  store double %item, ptr %a, align 8
  %6 = load { double, double }, ptr %tmp.0, align 8
  %item1 = extractvalue { double, double } %6, 1
  store double %item1, ptr %b, align 8
  %7 = load double, ptr %x, align 8
  %8 = load i64, ptr %n, align 8
  %status3 = call i32 @helper.1(ptr %ret2, ptr %1, double %7, i64 %8)
  %failed4 = icmp ne i32 %status3, 0
  br i1 %failed4, label %propagate5, label %call.ok6

propagate5:                                       ; preds = %call.ok
  ret i32 %status3

call.ok6:                                         ; preds = %call.ok
  %result7 = load { double, double }, ptr %ret2, align 8
  store { double, double } %result7, ptr %tmp.1, align 8
  %9 = load { double, double }, ptr %tmp.1, align 8
  %item8 = extractvalue { double, double } %9, 0
  store double %item8, ptr %c, align 8
  %10 = load { double, double }, ptr %tmp.1, align 8
  %item9 = extractvalue { double, double } %10, 1
  store double %item9, ptr %_, align 8
  %11 = load double, ptr %a, align 8
  %12 = load double, ptr %b, align 8
  %fadd = fadd double %11, %12
  %13 = load double, ptr %c, align 8
  %fmul = fmul double %13, 3.000000e+00
  %fadd10 = fadd double %fadd, %fmul
  store double %fadd10, ptr %0, align 8
  ret i32 0

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define internal i32 @helper.1(ptr %0, ptr %1, double %2, i64 %3) #0 {
entry:
  %x = alloca double, align 8
  %k = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store double %2, ptr %x, align 8
  store i64 %3, ptr %k, align 8
  %4 = load double, ptr %x, align 8
  %5 = load i64, ptr %k, align 8
  %sitofp = sitofp i64 %5 to double
  %fmul = fmul double %4, %sitofp
  %6 = load double, ptr %x, align 8
  %7 = call double @llvm.fabs.f64(double %6)
  %8 = call double @llvm.sqrt.f64(double %7)
  %9 = insertvalue { double, double } undef, double %fmul, 0
  %10 = insertvalue { double, double } %9, double %8, 1
  store { double, double } %10, ptr %0, align 8
  ret i32 0

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #1

; Function Attrs: nounwind
define i32 @golden.calls_and_tuples.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca double, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load double, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %elem4 = load i64, ptr %arg.ptr3, align 8
  %status = call i32 @caller.0(ptr %ret, ptr %2, double %elem, i64 %elem4)
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = load double, ptr %ret, align 8
  store double %result, ptr %1, align 8
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

