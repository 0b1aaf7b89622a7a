; saxpy(float64, float64[::1], float64[::1], float64[::1])
; ModuleID = 'golden.saxpy'
source_filename = "golden.saxpy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal { i32, {} } @saxpy.0(ptr %0, double %1, { ptr, ptr, [1 x i64], [1 x i64] } %2, { ptr, ptr, [1 x i64], [1 x i64] } %3, { ptr, ptr, [1 x i64], [1 x i64] } %4) #0 {
entry:
  %iv = alloca i64, align 8
  %a = alloca double, align 8
  %x = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %y = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %out = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store double %1, ptr %a, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %2, ptr %x, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %3, ptr %y, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %4, ptr %out, align 8
  %5 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %5, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %6 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %6, 0
  store i64 0, ptr %iv, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %iv1 = load i64, ptr %iv, align 8
  %7 = icmp slt i64 %iv1, %item
  br i1 %7, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv1, ptr %i, align 8
  %8 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %9 = load i64, ptr %i, align 8
  %10 = load double, ptr %a, align 8
  %11 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %12 = load i64, ptr %i, align 8
  %shape2 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 2
  %dim3 = extractvalue [1 x i64] %shape2, 0
  %13 = icmp slt i64 %12, 0
  %14 = add i64 %12, %dim3
  %idx.wrap = select i1 %13, i64 %14, i64 %12
  %15 = mul nsw i64 %idx.wrap, 8
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %15
  %elem = load double, ptr %elem.ptr, align 8
  %fmul = fmul double %10, %elem
  %16 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  %17 = load i64, ptr %i, align 8
  %shape4 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %16, 2
  %dim5 = extractvalue [1 x i64] %shape4, 0
  %18 = icmp slt i64 %17, 0
  %19 = add i64 %17, %dim5
  %idx.wrap6 = select i1 %18, i64 %19, i64 %17
  %20 = mul nsw i64 %idx.wrap6, 8
  %data7 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %16, 1
  %elem.ptr8 = getelementptr inbounds i8, ptr %data7, i64 %20
  %elem9 = load double, ptr %elem.ptr8, align 8
  %fadd = fadd double %fmul, %elem9
  %shape10 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %8, 2
  %dim11 = extractvalue [1 x i64] %shape10, 0
  %21 = icmp slt i64 %9, 0
  %22 = add i64 %9, %dim11
  %idx.wrap12 = select i1 %21, i64 %22, i64 %9
  %23 = mul nsw i64 %idx.wrap12, 8
  %data13 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %8, 1
  %elem.ptr14 = getelementptr inbounds i8, ptr %data13, i64 %23
  store double %fadd, ptr %elem.ptr14, align 8
  br label %for.next

for.next:                                         ; preds = %for.body
  %iv.next = add nsw i64 %iv1, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  ret { i32, {} } { i32 0, {} undef }

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.saxpy.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load double, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr3, align 8
  %arg.slot4 = getelementptr inbounds ptr, ptr %0, i64 2
  %arg.ptr5 = load ptr, ptr %arg.slot4, align 8
  %4 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr5, align 8
  %arg.slot6 = getelementptr inbounds ptr, ptr %0, i64 3
  %arg.ptr7 = load ptr, ptr %arg.slot6, align 8
  %5 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr7, align 8
  %call = call { i32, {} } @saxpy.0(ptr %2, double %elem, { ptr, ptr, [1 x i64], [1 x i64] } %3, { ptr, ptr, [1 x i64], [1 x i64] } %4, { ptr, ptr, [1 x i64], [1 x i64] } %5)
  %status = extractvalue { i32, {} } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

; saxpy(float32, float32[::1], float32[::1], float32[::1])
; ModuleID = 'golden.saxpy'
source_filename = "golden.saxpy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal { i32, {} } @saxpy.0(ptr %0, float %1, { ptr, ptr, [1 x i64], [1 x i64] } %2, { ptr, ptr, [1 x i64], [1 x i64] } %3, { ptr, ptr, [1 x i64], [1 x i64] } %4) #0 {
entry:
  %iv = alloca i64, align 8
  %a = alloca float, align 4
  %x = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %y = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %out = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store float %1, ptr %a, align 4
  store { ptr, ptr, [1 x i64], [1 x i64] } %2, ptr %x, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %3, ptr %y, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %4, ptr %out, align 8
  %5 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %5, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %6 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %6, 0
  store i64 0, ptr %iv, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %iv1 = load i64, ptr %iv, align 8
  %7 = icmp slt i64 %iv1, %item
  br i1 %7, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv1, ptr %i, align 8
  %8 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %9 = load i64, ptr %i, align 8
  %10 = load float, ptr %a, align 4
  %11 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %12 = load i64, ptr %i, align 8
  %shape2 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 2
  %dim3 = extractvalue [1 x i64] %shape2, 0
  %13 = icmp slt i64 %12, 0
  %14 = add i64 %12, %dim3
  %idx.wrap = select i1 %13, i64 %14, i64 %12
  %15 = mul nsw i64 %idx.wrap, 4
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %15
  %elem = load float, ptr %elem.ptr, align 4
  %fmul = fmul float %10, %elem
  %16 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  %17 = load i64, ptr %i, align 8
  %shape4 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %16, 2
  %dim5 = extractvalue [1 x i64] %shape4, 0
  %18 = icmp slt i64 %17, 0
  %19 = add i64 %17, %dim5
  %idx.wrap6 = select i1 %18, i64 %19, i64 %17
  %20 = mul nsw i64 %idx.wrap6, 4
  %data7 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %16, 1
  %elem.ptr8 = getelementptr inbounds i8, ptr %data7, i64 %20
  %elem9 = load float, ptr %elem.ptr8, align 4
  %fadd = fadd float %fmul, %elem9
  %shape10 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %8, 2
  %dim11 = extractvalue [1 x i64] %shape10, 0
  %21 = icmp slt i64 %9, 0
  %22 = add i64 %9, %dim11
  %idx.wrap12 = select i1 %21, i64 %22, i64 %9
  %23 = mul nsw i64 %idx.wrap12, 4
  %data13 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %8, 1
  %elem.ptr14 = getelementptr inbounds i8, ptr %data13, i64 %23
  store float %fadd, ptr %elem.ptr14, align 4
  br label %for.next

for.next:                                         ; preds = %for.body
  %iv.next = add nsw i64 %iv1, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  ret { i32, {} } { i32 0, {} undef }

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.saxpy.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load float, ptr %arg.ptr, align 4
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr3, align 8
  %arg.slot4 = getelementptr inbounds ptr, ptr %0, i64 2
  %arg.ptr5 = load ptr, ptr %arg.slot4, align 8
  %4 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr5, align 8
  %arg.slot6 = getelementptr inbounds ptr, ptr %0, i64 3
  %arg.ptr7 = load ptr, ptr %arg.slot6, align 8
  %5 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr7, align 8
  %call = call { i32, {} } @saxpy.0(ptr %2, float %elem, { ptr, ptr, [1 x i64], [1 x i64] } %3, { ptr, ptr, [1 x i64], [1 x i64] } %4, { ptr, ptr, [1 x i64], [1 x i64] } %5)
  %status = extractvalue { i32, {} } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

