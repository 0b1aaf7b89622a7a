; sum_squares(float64[::1])
; ModuleID = 'golden.sum_squares'
source_filename = "golden.sum_squares"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal { i32, double } @sum_squares.0(ptr %0, { ptr, ptr, [1 x i64], [1 x i64] } %1) #0 {
entry:
  %iv = alloca i64, align 8
  %a = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %s = alloca double, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { ptr, ptr, [1 x i64], [1 x i64] } %1, ptr %a, align 8
  store double 0.000000e+00, ptr %s, align 8
  %2 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %2, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %3 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %3, 0
  store i64 0, ptr %iv, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %iv1 = load i64, ptr %iv, align 8
  %4 = icmp slt i64 %iv1, %item
  br i1 %4, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv1, ptr %i, align 8
  %5 = load double, ptr %s, align 8
  %6 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %7 = load i64, ptr %i, align 8
  %shape2 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %6, 2
  %dim3 = extractvalue [1 x i64] %shape2, 0
  %8 = icmp slt i64 %7, 0
  %9 = add i64 %7, %dim3
  %idx.wrap = select i1 %8, i64 %9, i64 %7
  %10 = mul nsw i64 %idx.wrap, 8
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %6, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %10
  %elem = load double, ptr %elem.ptr, align 8
  %11 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %12 = load i64, ptr %i, align 8
  %shape4 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 2
  %dim5 = extractvalue [1 x i64] %shape4, 0
  %13 = icmp slt i64 %12, 0
  %14 = add i64 %12, %dim5
  %idx.wrap6 = select i1 %13, i64 %14, i64 %12
  %15 = mul nsw i64 %idx.wrap6, 8
  %data7 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 1
  %elem.ptr8 = getelementptr inbounds i8, ptr %data7, i64 %15
  %elem9 = load double, ptr %elem.ptr8, align 8
  %fmul = fmul fast double %elem, %elem9
  %fadd = fadd fast double %5, %fmul
  store double %fadd, ptr %s, align 8
  br label %for.next

for.next:                                         ; preds = %for.body
  %iv.next = add nsw i64 %iv1, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %16 = load double, ptr %s, align 8
  %result = insertvalue { i32, double } { i32 0, double undef }, double %16, 1
  ret { i32, double } %result

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.sum_squares.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr, align 8
  %call = call { i32, double } @sum_squares.0(ptr %2, { ptr, ptr, [1 x i64], [1 x i64] } %3)
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

; sum_squares(float32[:])
; ModuleID = 'golden.sum_squares'
source_filename = "golden.sum_squares"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal { i32, double } @sum_squares.0(ptr %0, { ptr, ptr, [1 x i64], [1 x i64] } %1) #0 {
entry:
  %iv = alloca i64, align 8
  %a = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %s = alloca double, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { ptr, ptr, [1 x i64], [1 x i64] } %1, ptr %a, align 8
  store double 0.000000e+00, ptr %s, align 8
  %2 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %2, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %3 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %3, 0
  store i64 0, ptr %iv, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %iv1 = load i64, ptr %iv, align 8
  %4 = icmp slt i64 %iv1, %item
  br i1 %4, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv1, ptr %i, align 8
  %5 = load double, ptr %s, align 8
  %6 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %7 = load i64, ptr %i, align 8
  %shape2 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %6, 2
  %dim3 = extractvalue [1 x i64] %shape2, 0
  %8 = icmp slt i64 %7, 0
  %9 = add i64 %7, %dim3
  %idx.wrap = select i1 %8, i64 %9, i64 %7
  %strides = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %6, 3
  %stride = extractvalue [1 x i64] %strides, 0
  %10 = mul nsw i64 %idx.wrap, %stride
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %6, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %10
  %elem = load float, ptr %elem.ptr, align 4
  %11 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %12 = load i64, ptr %i, align 8
  %shape4 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 2
  %dim5 = extractvalue [1 x i64] %shape4, 0
  %13 = icmp slt i64 %12, 0
  %14 = add i64 %12, %dim5
  %idx.wrap6 = select i1 %13, i64 %14, i64 %12
  %strides7 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 3
  %stride8 = extractvalue [1 x i64] %strides7, 0
  %15 = mul nsw i64 %idx.wrap6, %stride8
  %data9 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 1
  %elem.ptr10 = getelementptr inbounds i8, ptr %data9, i64 %15
  %elem11 = load float, ptr %elem.ptr10, align 4
  %fmul = fmul fast float %elem, %elem11
  %fcast = fpext float %fmul to double
  %fadd = fadd fast double %5, %fcast
  store double %fadd, ptr %s, align 8
  br label %for.next

for.next:                                         ; preds = %for.body
  %iv.next = add nsw i64 %iv1, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %16 = load double, ptr %s, align 8
  %result = insertvalue { i32, double } { i32 0, double undef }, double %16, 1
  ret { i32, double } %result

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.sum_squares.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr, align 8
  %call = call { i32, double } @sum_squares.0(ptr %2, { ptr, ptr, [1 x i64], [1 x i64] } %3)
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

