; jacobi(float64[:, ::1], float64[:, ::1])
; ModuleID = 'golden.stencil'
source_filename = "golden.stencil"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal { i32, {} } @jacobi.0(ptr %0, { ptr, ptr, [2 x i64], [2 x i64] } %1, { ptr, ptr, [2 x i64], [2 x i64] } %2) #0 {
entry:
  %iv6 = alloca i64, align 8
  %iv = alloca i64, align 8
  %a = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  %out = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  %tmp.0 = alloca { i64, i64 }, align 8
  %n = alloca i64, align 8
  %m = alloca i64, align 8
  %i = alloca i64, align 8
  %j = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { ptr, ptr, [2 x i64], [2 x i64] } %1, ptr %a, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } %2, ptr %out, align 8
  %3 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %3, 2
  %dim = extractvalue [2 x i64] %shape, 0
  %shape1 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %3, 2
  %dim2 = extractvalue [2 x i64] %shape1, 1
  %4 = insertvalue { i64, i64 } undef, i64 %dim, 0
  %5 = insertvalue { i64, i64 } %4, i64 %dim2, 1
  store { i64, i64 } %5, ptr %tmp.0, align 8
  %6 = load { i64, i64 }, ptr %tmp.0, align 8
  %item = extractvalue { i64, i64 } %6, 0
  store i64 %item, ptr %n, align 8
  %7 = load { i64, i64 }, ptr %tmp.0, align 8
  %item3 = extractvalue { i64, i64 } %7, 1
  store i64 %item3, ptr %m, align 8
  %8 = load i64, ptr %n, align 8
  %sub = sub i64 %8, 1
  store i64 1, ptr %iv, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %iv4 = load i64, ptr %iv, align 8
  %9 = icmp slt i64 %iv4, %sub
  br i1 %9, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv4, ptr %i, align 8
  %10 = load i64, ptr %m, align 8
  %sub5 = sub i64 %10, 1
  store i64 1, ptr %iv6, align 8
  br label %for.cond7

for.next:                                         ; preds = %for.end10
  %iv.next65 = add nsw i64 %iv4, 1
  store i64 %iv.next65, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  ret { i32, {} } { i32 0, {} undef }

for.cond7:                                        ; preds = %for.next9, %for.body
  %iv11 = load i64, ptr %iv6, align 8
  %11 = icmp slt i64 %iv11, %sub5
  br i1 %11, label %for.body8, label %for.end10

for.body8:                                        ; preds = %for.cond7
  store i64 %iv11, ptr %j, align 8
  %12 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %out, align 8
  %13 = load i64, ptr %i, align 8
  %14 = load i64, ptr %j, align 8
  %15 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %16 = load i64, ptr %i, align 8
  %sub12 = sub i64 %16, 1
  %17 = load i64, ptr %j, align 8
  %shape13 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %15, 2
  %dim14 = extractvalue [2 x i64] %shape13, 0
  %18 = icmp slt i64 %sub12, 0
  %19 = add i64 %sub12, %dim14
  %idx.wrap = select i1 %18, i64 %19, i64 %sub12
  %strides = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %15, 3
  %stride = extractvalue [2 x i64] %strides, 0
  %20 = mul nsw i64 %idx.wrap, %stride
  %shape15 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %15, 2
  %dim16 = extractvalue [2 x i64] %shape15, 1
  %21 = icmp slt i64 %17, 0
  %22 = add i64 %17, %dim16
  %idx.wrap17 = select i1 %21, i64 %22, i64 %17
  %23 = mul nsw i64 %idx.wrap17, 8
  %24 = add nsw i64 %20, %23
  %data = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %15, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %24
  %elem = load double, ptr %elem.ptr, align 8
  %25 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %26 = load i64, ptr %i, align 8
  %add = add i64 %26, 1
  %27 = load i64, ptr %j, align 8
  %shape18 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %25, 2
  %dim19 = extractvalue [2 x i64] %shape18, 0
  %28 = icmp slt i64 %add, 0
  %29 = add i64 %add, %dim19
  %idx.wrap20 = select i1 %28, i64 %29, i64 %add
  %strides21 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %25, 3
  %stride22 = extractvalue [2 x i64] %strides21, 0
  %30 = mul nsw i64 %idx.wrap20, %stride22
  %shape23 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %25, 2
  %dim24 = extractvalue [2 x i64] %shape23, 1
  %31 = icmp slt i64 %27, 0
  %32 = add i64 %27, %dim24
  %idx.wrap25 = select i1 %31, i64 %32, i64 %27
  %33 = mul nsw i64 %idx.wrap25, 8
  %34 = add nsw i64 %30, %33
  %data26 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %25, 1
  %elem.ptr27 = getelementptr inbounds i8, ptr %data26, i64 %34
  %elem28 = load double, ptr %elem.ptr27, align 8
  %fadd = fadd double %elem, %elem28
  %35 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %36 = load i64, ptr %i, align 8
  %37 = load i64, ptr %j, align 8
  %sub29 = sub i64 %37, 1
  %shape30 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %35, 2
  %dim31 = extractvalue [2 x i64] %shape30, 0
  %38 = icmp slt i64 %36, 0
  %39 = add i64 %36, %dim31
  %idx.wrap32 = select i1 %38, i64 %39, i64 %36
  %strides33 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %35, 3
  %stride34 = extractvalue [2 x i64] %strides33, 0
  %40 = mul nsw i64 %idx.wrap32, %stride34
  %shape35 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %35, 2
  %dim36 = extractvalue [2 x i64] %shape35, 1
  %41 = icmp slt i64 %sub29, 0
  %42 = add i64 %sub29, %dim36
  %idx.wrap37 = select i1 %41, i64 %42, i64 %sub29
  %43 = mul nsw i64 %idx.wrap37, 8
  %44 = add nsw i64 %40, %43
  %data38 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %35, 1
  %elem.ptr39 = getelementptr inbounds i8, ptr %data38, i64 %44
  %elem40 = load double, ptr %elem.ptr39, align 8
  %fadd41 = fadd double %fadd, %elem40
  %45 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %46 = load i64, ptr %i, align 8
  %47 = load i64, ptr %j, align 8
  %add42 = add i64 %47, 1
  %shape43 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %45, 2
  %dim44 = extractvalue [2 x i64] %shape43, 0
  %48 = icmp slt i64 %46, 0
  %49 = add i64 %46, %dim44
  %idx.wrap45 = select i1 %48, i64 %49, i64 %46
  %strides46 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %45, 3
  %stride47 = extractvalue [2 x i64] %strides46, 0
  %50 = mul nsw i64 %idx.wrap45, %stride47
  %shape48 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %45, 2
  %dim49 = extractvalue [2 x i64] %shape48, 1
  %51 = icmp slt i64 %add42, 0
  %52 = add i64 %add42, %dim49
  %idx.wrap50 = select i1 %51, i64 %52, i64 %add42
  %53 = mul nsw i64 %idx.wrap50, 8
  %54 = add nsw i64 %50, %53
  %data51 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %45, 1
  %elem.ptr52 = getelementptr inbounds i8, ptr %data51, i64 %54
  %elem53 = load double, ptr %elem.ptr52, align 8
  %fadd54 = fadd double %fadd41, %elem53
  %fmul = fmul double 2.500000e-01, %fadd54
  %shape55 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %12, 2
  %dim56 = extractvalue [2 x i64] %shape55, 0
  %55 = icmp slt i64 %13, 0
  %56 = add i64 %13, %dim56
  %idx.wrap57 = select i1 %55, i64 %56, i64 %13
  %strides58 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %12, 3
  %stride59 = extractvalue [2 x i64] %strides58, 0
  %57 = mul nsw i64 %idx.wrap57, %stride59
  %shape60 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %12, 2
  %dim61 = extractvalue [2 x i64] %shape60, 1
  %58 = icmp slt i64 %14, 0
  %59 = add i64 %14, %dim61
  %idx.wrap62 = select i1 %58, i64 %59, i64 %14
  %60 = mul nsw i64 %idx.wrap62, 8
  %61 = add nsw i64 %57, %60
  %data63 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %12, 1
  %elem.ptr64 = getelementptr inbounds i8, ptr %data63, i64 %61
  store double %fmul, ptr %elem.ptr64, align 8
  br label %for.next9

for.next9:                                        ; preds = %for.body8
  %iv.next = add nsw i64 %iv11, 1
  store i64 %iv.next, ptr %iv6, align 8
  br label %for.cond7

for.end10:                                        ; preds = %for.cond7
  br label %for.next

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.stencil.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %4 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %arg.ptr3, align 8
  %call = call { i32, {} } @jacobi.0(ptr %2, { ptr, ptr, [2 x i64], [2 x i64] } %3, { ptr, ptr, [2 x i64], [2 x i64] } %4)
  %status = extractvalue { i32, {} } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

; jacobi(float32[::1, :], float32[::1, :])
; ModuleID = 'golden.stencil'
source_filename = "golden.stencil"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal { i32, {} } @jacobi.0(ptr %0, { ptr, ptr, [2 x i64], [2 x i64] } %1, { ptr, ptr, [2 x i64], [2 x i64] } %2) #0 {
entry:
  %iv6 = alloca i64, align 8
  %iv = alloca i64, align 8
  %a = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  %out = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  %tmp.0 = alloca { i64, i64 }, align 8
  %n = alloca i64, align 8
  %m = alloca i64, align 8
  %i = alloca i64, align 8
  %j = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { ptr, ptr, [2 x i64], [2 x i64] } %1, ptr %a, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } %2, ptr %out, align 8
  %3 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %3, 2
  %dim = extractvalue [2 x i64] %shape, 0
  %shape1 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %3, 2
  %dim2 = extractvalue [2 x i64] %shape1, 1
  %4 = insertvalue { i64, i64 } undef, i64 %dim, 0
  %5 = insertvalue { i64, i64 } %4, i64 %dim2, 1
  store { i64, i64 } %5, ptr %tmp.0, align 8
  %6 = load { i64, i64 }, ptr %tmp.0, align 8
  %item = extractvalue { i64, i64 } %6, 0
  store i64 %item, ptr %n, align 8
  %7 = load { i64, i64 }, ptr %tmp.0, align 8
  %item3 = extractvalue { i64, i64 } %7, 1
  store i64 %item3, ptr %m, align 8
  %8 = load i64, ptr %n, align 8
  %sub = sub i64 %8, 1
  store i64 1, ptr %iv, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %iv4 = load i64, ptr %iv, align 8
  %9 = icmp slt i64 %iv4, %sub
  br i1 %9, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv4, ptr %i, align 8
  %10 = load i64, ptr %m, align 8
  %sub5 = sub i64 %10, 1
  store i64 1, ptr %iv6, align 8
  br label %for.cond7

for.next:                                         ; preds = %for.end10
  %iv.next66 = add nsw i64 %iv4, 1
  store i64 %iv.next66, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  ret { i32, {} } { i32 0, {} undef }

for.cond7:                                        ; preds = %for.next9, %for.body
  %iv11 = load i64, ptr %iv6, align 8
  %11 = icmp slt i64 %iv11, %sub5
  br i1 %11, label %for.body8, label %for.end10

for.body8:                                        ; preds = %for.cond7
  store i64 %iv11, ptr %j, align 8
  %12 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %out, align 8
  %13 = load i64, ptr %i, align 8
  %14 = load i64, ptr %j, align 8
  %15 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %16 = load i64, ptr %i, align 8
  %sub12 = sub i64 %16, 1
  %17 = load i64, ptr %j, align 8
  %shape13 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %15, 2
  %dim14 = extractvalue [2 x i64] %shape13, 0
  %18 = icmp slt i64 %sub12, 0
  %19 = add i64 %sub12, %dim14
  %idx.wrap = select i1 %18, i64 %19, i64 %sub12
  %20 = mul nsw i64 %idx.wrap, 4
  %shape15 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %15, 2
  %dim16 = extractvalue [2 x i64] %shape15, 1
  %21 = icmp slt i64 %17, 0
  %22 = add i64 %17, %dim16
  %idx.wrap17 = select i1 %21, i64 %22, i64 %17
  %strides = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %15, 3
  %stride = extractvalue [2 x i64] %strides, 1
  %23 = mul nsw i64 %idx.wrap17, %stride
  %24 = add nsw i64 %20, %23
  %data = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %15, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %24
  %elem = load float, ptr %elem.ptr, align 4
  %25 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %26 = load i64, ptr %i, align 8
  %add = add i64 %26, 1
  %27 = load i64, ptr %j, align 8
  %shape18 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %25, 2
  %dim19 = extractvalue [2 x i64] %shape18, 0
  %28 = icmp slt i64 %add, 0
  %29 = add i64 %add, %dim19
  %idx.wrap20 = select i1 %28, i64 %29, i64 %add
  %30 = mul nsw i64 %idx.wrap20, 4
  %shape21 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %25, 2
  %dim22 = extractvalue [2 x i64] %shape21, 1
  %31 = icmp slt i64 %27, 0
  %32 = add i64 %27, %dim22
  %idx.wrap23 = select i1 %31, i64 %32, i64 %27
  %strides24 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %25, 3
  %stride25 = extractvalue [2 x i64] %strides24, 1
  %33 = mul nsw i64 %idx.wrap23, %stride25
  %34 = add nsw i64 %30, %33
  %data26 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %25, 1
  %elem.ptr27 = getelementptr inbounds i8, ptr %data26, i64 %34
  %elem28 = load float, ptr %elem.ptr27, align 4
  %fadd = fadd float %elem, %elem28
  %35 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %36 = load i64, ptr %i, align 8
  %37 = load i64, ptr %j, align 8
  %sub29 = sub i64 %37, 1
  %shape30 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %35, 2
  %dim31 = extractvalue [2 x i64] %shape30, 0
  %38 = icmp slt i64 %36, 0
  %39 = add i64 %36, %dim31
  %idx.wrap32 = select i1 %38, i64 %39, i64 %36
  %40 = mul nsw i64 %idx.wrap32, 4
  %shape33 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %35, 2
  %dim34 = extractvalue [2 x i64] %shape33, 1
  %41 = icmp slt i64 %sub29, 0
  %42 = add i64 %sub29, %dim34
  %idx.wrap35 = select i1 %41, i64 %42, i64 %sub29
  %strides36 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %35, 3
  %stride37 = extractvalue [2 x i64] %strides36, 1
  %43 = mul nsw i64 %idx.wrap35, %stride37
  %44 = add nsw i64 %40, %43
  %data38 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %35, 1
  %elem.ptr39 = getelementptr inbounds i8, ptr %data38, i64 %44
  %elem40 = load float, ptr %elem.ptr39, align 4
  %fadd41 = fadd float %fadd, %elem40
  %45 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %46 = load i64, ptr %i, align 8
  %47 = load i64, ptr %j, align 8
  %add42 = add i64 %47, 1
  %shape43 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %45, 2
  %dim44 = extractvalue [2 x i64] %shape43, 0
  %48 = icmp slt i64 %46, 0
  %49 = add i64 %46, %dim44
  %idx.wrap45 = select i1 %48, i64 %49, i64 %46
  %50 = mul nsw i64 %idx.wrap45, 4
  %shape46 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %45, 2
  %dim47 = extractvalue [2 x i64] %shape46, 1
  %51 = icmp slt i64 %add42, 0
  %52 = add i64 %add42, %dim47
  %idx.wrap48 = select i1 %51, i64 %52, i64 %add42
  %strides49 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %45, 3
  %stride50 = extractvalue [2 x i64] %strides49, 1
  %53 = mul nsw i64 %idx.wrap48, %stride50
  %54 = add nsw i64 %50, %53
  %data51 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %45, 1
  %elem.ptr52 = getelementptr inbounds i8, ptr %data51, i64 %54
  %elem53 = load float, ptr %elem.ptr52, align 4
  %fadd54 = fadd float %fadd41, %elem53
  %fcast = fpext float %fadd54 to double
  %fmul = fmul double 2.500000e-01, %fcast
  %fcast55 = fptrunc double %fmul to float
  %shape56 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %12, 2
  %dim57 = extractvalue [2 x i64] %shape56, 0
  %55 = icmp slt i64 %13, 0
  %56 = add i64 %13, %dim57
  %idx.wrap58 = select i1 %55, i64 %56, i64 %13
  %57 = mul nsw i64 %idx.wrap58, 4
  %shape59 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %12, 2
  %dim60 = extractvalue [2 x i64] %shape59, 1
  %58 = icmp slt i64 %14, 0
  %59 = add i64 %14, %dim60
  %idx.wrap61 = select i1 %58, i64 %59, i64 %14
  %strides62 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %12, 3
  %stride63 = extractvalue [2 x i64] %strides62, 1
  %60 = mul nsw i64 %idx.wrap61, %stride63
  %61 = add nsw i64 %57, %60
  %data64 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %12, 1
  %elem.ptr65 = getelementptr inbounds i8, ptr %data64, i64 %61
  store float %fcast55, ptr %elem.ptr65, align 4
  br label %for.next9

for.next9:                                        ; preds = %for.body8
  %iv.next = add nsw i64 %iv11, 1
  store i64 %iv.next, ptr %iv6, align 8
  br label %for.cond7

for.end10:                                        ; preds = %for.cond7
  br label %for.next

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.stencil.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %4 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %arg.ptr3, align 8
  %call = call { i32, {} } @jacobi.0(ptr %2, { ptr, ptr, [2 x i64], [2 x i64] } %3, { ptr, ptr, [2 x i64], [2 x i64] } %4)
  %status = extractvalue { i32, {} } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

