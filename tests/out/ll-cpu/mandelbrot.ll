; escape(complex128, int64)
; ModuleID = 'golden.mandelbrot'
source_filename = "golden.mandelbrot"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal i32 @escape.0(ptr %0, ptr %1, { double, double } %2, i64 %3) #0 {
entry:
  %k1 = alloca i64, align 8
  %c = alloca { double, double }, align 8
  %max_iter = alloca i64, align 8
  %z = alloca { double, double }, align 8
  %k = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { double, double } %2, ptr %c, align 8
  store i64 %3, ptr %max_iter, align 8
  store { double, double } zeroinitializer, ptr %z, align 8
  %4 = load i64, ptr %max_iter, align 8
  %span = sub i64 %4, 0
  %5 = icmp slt i64 %span, 0
  %6 = select i1 %5, i64 0, i64 %span
  store i64 0, ptr %k1, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %k2 = load i64, ptr %k1, align 8
  %7 = icmp slt i64 %k2, %6
  br i1 %7, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %i = add i64 0, %k2
  store i64 %i, ptr %k, align 8
  %8 = load { double, double }, ptr %z, align 8
  %9 = load { double, double }, ptr %z, align 8
  %re = extractvalue { double, double } %8, 0
  %im = extractvalue { double, double } %8, 1
  %re3 = extractvalue { double, double } %9, 0
  %im4 = extractvalue { double, double } %9, 1
  %10 = fmul double %re, %re3
  %11 = fmul double %im, %im4
  %12 = fsub double %10, %11
  %13 = fmul double %re, %im4
  %14 = fmul double %im, %re3
  %15 = fadd double %13, %14
  %16 = insertvalue { double, double } undef, double %12, 0
  %complex = insertvalue { double, double } %16, double %15, 1
  %17 = load { double, double }, ptr %c, align 8
  %re5 = extractvalue { double, double } %complex, 0
  %im6 = extractvalue { double, double } %complex, 1
  %re7 = extractvalue { double, double } %17, 0
  %im8 = extractvalue { double, double } %17, 1
  %18 = fadd double %re5, %re7
  %19 = fadd double %im6, %im8
  %20 = insertvalue { double, double } undef, double %18, 0
  %complex9 = insertvalue { double, double } %20, double %19, 1
  store { double, double } %complex9, ptr %z, align 8
  %21 = load { double, double }, ptr %z, align 8
  %part = extractvalue { double, double } %21, 0
  %22 = load { double, double }, ptr %z, align 8
  %part10 = extractvalue { double, double } %22, 0
  %fmul = fmul double %part, %part10
  %23 = load { double, double }, ptr %z, align 8
  %part11 = extractvalue { double, double } %23, 1
  %24 = load { double, double }, ptr %z, align 8
  %part12 = extractvalue { double, double } %24, 1
  %fmul13 = fmul double %part11, %part12
  %fadd = fadd double %fmul, %fmul13
  %fcmp = fcmp ogt double %fadd, 4.000000e+00
  br i1 %fcmp, label %then, label %else

for.next:                                         ; preds = %endif
  %k.next = add nsw i64 %k2, 1
  store i64 %k.next, ptr %k1, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %25 = load i64, ptr %max_iter, align 8
  store i64 %25, ptr %0, align 8
  ret i32 0

then:                                             ; preds = %for.body
  %26 = load i64, ptr %k, align 8
  store i64 %26, ptr %0, align 8
  ret i32 0

else:                                             ; preds = %for.body
  br label %endif

endif:                                            ; preds = %else, %dead
  br label %for.next

dead:                                             ; No predecessors!
  br label %endif

dead14:                                           ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.mandelbrot.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca i64, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load { double, double }, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %elem4 = load i64, ptr %arg.ptr3, align 8
  %status = call i32 @escape.0(ptr %ret, ptr %2, { double, double } %elem, i64 %elem4)
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = load i64, ptr %ret, align 8
  store i64 %result, ptr %1, align 8
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

