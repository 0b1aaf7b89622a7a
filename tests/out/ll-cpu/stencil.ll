; jacobi(float64[:, ::1], float64[:, ::1])
; ModuleID = 'golden.stencil'
source_filename = "golden.stencil"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal { i32, {} } @jacobi.0(ptr %0, { ptr, ptr, [2 x i64], [2 x i64] } %1, { ptr, ptr, [2 x i64], [2 x i64] } %2) #0 {
entry:
  %iv22 = alloca i64, align 8
  %iv = alloca i64, align 8
  %a = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %a, align 8
  %out = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %out, align 8
  %tmp.0 = alloca { i64, i64 }, align 8
  %n = alloca i64, align 8
  %m = alloca i64, align 8
  %i = alloca i64, align 8
  %j = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %meminfo = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %1, 0
  %owned = icmp ne ptr %meminfo, null
  br i1 %owned, label %rc, label %rc.done

rc:                                               ; preds = %body
  %3 = atomicrmw add ptr %meminfo, i64 1 monotonic, align 8
  br label %rc.done

rc.done:                                          ; preds = %rc, %body
  %old = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } %1, ptr %a, align 8
  %meminfo1 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %old, 0
  %owned2 = icmp ne ptr %meminfo1, null
  br i1 %owned2, label %rc3, label %rc.done4

rc3:                                              ; preds = %rc.done
  %4 = atomicrmw sub ptr %meminfo1, i64 1 acq_rel, align 8
  %last = icmp eq i64 %4, 1
  br i1 %last, label %free, label %freed

rc.done4:                                         ; preds = %freed, %rc.done
  %meminfo5 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %2, 0
  %owned6 = icmp ne ptr %meminfo5, null
  br i1 %owned6, label %rc7, label %rc.done8

free:                                             ; preds = %rc3
  call void @penna_rt_free(ptr %meminfo1)
  br label %freed

freed:                                            ; preds = %free, %rc3
  br label %rc.done4

rc7:                                              ; preds = %rc.done4
  %5 = atomicrmw add ptr %meminfo5, i64 1 monotonic, align 8
  br label %rc.done8

rc.done8:                                         ; preds = %rc7, %rc.done4
  %old9 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %out, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } %2, ptr %out, align 8
  %meminfo10 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %old9, 0
  %owned11 = icmp ne ptr %meminfo10, null
  br i1 %owned11, label %rc12, label %rc.done13

rc12:                                             ; preds = %rc.done8
  %6 = atomicrmw sub ptr %meminfo10, i64 1 acq_rel, align 8
  %last14 = icmp eq i64 %6, 1
  br i1 %last14, label %free15, label %freed16

rc.done13:                                        ; preds = %freed16, %rc.done8
  %7 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %7, 2
  %dim = extractvalue [2 x i64] %shape, 0
  %shape17 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %7, 2
  %dim18 = extractvalue [2 x i64] %shape17, 1
  %8 = insertvalue { i64, i64 } undef, i64 %dim, 0
  %9 = insertvalue { i64, i64 } %8, i64 %dim18, 1
  store { i64, i64 } %9, ptr %tmp.0, align 8
  %10 = load { i64, i64 }, ptr %tmp.0, align 8
  %item = extractvalue { i64, i64 } %10, 0
  store i64 %item, ptr %n, align 8
  %11 = load { i64, i64 }, ptr %tmp.0, align 8
  %item19 = extractvalue { i64, i64 } %11, 1
  store i64 %item19, ptr %m, align 8
  %12 = load i64, ptr %n, align 8
  %sub = sub i64 %12, 1
  store i64 1, ptr %iv, align 8
  br label %for.cond

free15:                                           ; preds = %rc12
  call void @penna_rt_free(ptr %meminfo10)
  br label %freed16

freed16:                                          ; preds = %free15, %rc12
  br label %rc.done13

for.cond:                                         ; preds = %for.next, %rc.done13
  %iv20 = load i64, ptr %iv, align 8
  %13 = icmp slt i64 %iv20, %sub
  br i1 %13, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv20, ptr %i, align 8
  %14 = load i64, ptr %m, align 8
  %sub21 = sub i64 %14, 1
  store i64 1, ptr %iv22, align 8
  br label %for.cond23

for.next:                                         ; preds = %for.end26
  %iv.next81 = add nsw i64 %iv20, 1
  store i64 %iv.next81, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %15 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %meminfo82 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %15, 0
  %owned83 = icmp ne ptr %meminfo82, null
  br i1 %owned83, label %rc84, label %rc.done85

for.cond23:                                       ; preds = %for.next25, %for.body
  %iv27 = load i64, ptr %iv22, align 8
  %16 = icmp slt i64 %iv27, %sub21
  br i1 %16, label %for.body24, label %for.end26

for.body24:                                       ; preds = %for.cond23
  store i64 %iv27, ptr %j, align 8
  %17 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %out, align 8
  %18 = load i64, ptr %i, align 8
  %19 = load i64, ptr %j, align 8
  %20 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %21 = load i64, ptr %i, align 8
  %sub28 = sub i64 %21, 1
  %22 = load i64, ptr %j, align 8
  %shape29 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 2
  %dim30 = extractvalue [2 x i64] %shape29, 0
  %23 = icmp slt i64 %sub28, 0
  %24 = add i64 %sub28, %dim30
  %idx.wrap = select i1 %23, i64 %24, i64 %sub28
  %strides = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 3
  %stride = extractvalue [2 x i64] %strides, 0
  %25 = mul nsw i64 %idx.wrap, %stride
  %shape31 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 2
  %dim32 = extractvalue [2 x i64] %shape31, 1
  %26 = icmp slt i64 %22, 0
  %27 = add i64 %22, %dim32
  %idx.wrap33 = select i1 %26, i64 %27, i64 %22
  %28 = mul nsw i64 %idx.wrap33, 8
  %29 = add nsw i64 %25, %28
  %data = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %29
  %elem = load double, ptr %elem.ptr, align 8
  %30 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %31 = load i64, ptr %i, align 8
  %add = add i64 %31, 1
  %32 = load i64, ptr %j, align 8
  %shape34 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 2
  %dim35 = extractvalue [2 x i64] %shape34, 0
  %33 = icmp slt i64 %add, 0
  %34 = add i64 %add, %dim35
  %idx.wrap36 = select i1 %33, i64 %34, i64 %add
  %strides37 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 3
  %stride38 = extractvalue [2 x i64] %strides37, 0
  %35 = mul nsw i64 %idx.wrap36, %stride38
  %shape39 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 2
  %dim40 = extractvalue [2 x i64] %shape39, 1
  %36 = icmp slt i64 %32, 0
  %37 = add i64 %32, %dim40
  %idx.wrap41 = select i1 %36, i64 %37, i64 %32
  %38 = mul nsw i64 %idx.wrap41, 8
  %39 = add nsw i64 %35, %38
  %data42 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 1
  %elem.ptr43 = getelementptr inbounds i8, ptr %data42, i64 %39
  %elem44 = load double, ptr %elem.ptr43, align 8
  %fadd = fadd double %elem, %elem44
  %40 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %41 = load i64, ptr %i, align 8
  %42 = load i64, ptr %j, align 8
  %sub45 = sub i64 %42, 1
  %shape46 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 2
  %dim47 = extractvalue [2 x i64] %shape46, 0
  %43 = icmp slt i64 %41, 0
  %44 = add i64 %41, %dim47
  %idx.wrap48 = select i1 %43, i64 %44, i64 %41
  %strides49 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 3
  %stride50 = extractvalue [2 x i64] %strides49, 0
  %45 = mul nsw i64 %idx.wrap48, %stride50
  %shape51 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 2
  %dim52 = extractvalue [2 x i64] %shape51, 1
  %46 = icmp slt i64 %sub45, 0
  %47 = add i64 %sub45, %dim52
  %idx.wrap53 = select i1 %46, i64 %47, i64 %sub45
  %48 = mul nsw i64 %idx.wrap53, 8
  %49 = add nsw i64 %45, %48
  %data54 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 1
  %elem.ptr55 = getelementptr inbounds i8, ptr %data54, i64 %49
  %elem56 = load double, ptr %elem.ptr55, align 8
  %fadd57 = fadd double %fadd, %elem56
  %50 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %51 = load i64, ptr %i, align 8
  %52 = load i64, ptr %j, align 8
  %add58 = add i64 %52, 1
  %shape59 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 2
  %dim60 = extractvalue [2 x i64] %shape59, 0
  %53 = icmp slt i64 %51, 0
  %54 = add i64 %51, %dim60
  %idx.wrap61 = select i1 %53, i64 %54, i64 %51
  %strides62 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 3
  %stride63 = extractvalue [2 x i64] %strides62, 0
  %55 = mul nsw i64 %idx.wrap61, %stride63
  %shape64 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 2
  %dim65 = extractvalue [2 x i64] %shape64, 1
  %56 = icmp slt i64 %add58, 0
  %57 = add i64 %add58, %dim65
  %idx.wrap66 = select i1 %56, i64 %57, i64 %add58
  %58 = mul nsw i64 %idx.wrap66, 8
  %59 = add nsw i64 %55, %58
  %data67 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 1
  %elem.ptr68 = getelementptr inbounds i8, ptr %data67, i64 %59
  %elem69 = load double, ptr %elem.ptr68, align 8
  %fadd70 = fadd double %fadd57, %elem69
  %fmul = fmul double 2.500000e-01, %fadd70
  %shape71 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 2
  %dim72 = extractvalue [2 x i64] %shape71, 0
  %60 = icmp slt i64 %18, 0
  %61 = add i64 %18, %dim72
  %idx.wrap73 = select i1 %60, i64 %61, i64 %18
  %strides74 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 3
  %stride75 = extractvalue [2 x i64] %strides74, 0
  %62 = mul nsw i64 %idx.wrap73, %stride75
  %shape76 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 2
  %dim77 = extractvalue [2 x i64] %shape76, 1
  %63 = icmp slt i64 %19, 0
  %64 = add i64 %19, %dim77
  %idx.wrap78 = select i1 %63, i64 %64, i64 %19
  %65 = mul nsw i64 %idx.wrap78, 8
  %66 = add nsw i64 %62, %65
  %data79 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 1
  %elem.ptr80 = getelementptr inbounds i8, ptr %data79, i64 %66
  store double %fmul, ptr %elem.ptr80, align 8
  br label %for.next25

for.next25:                                       ; preds = %for.body24
  %iv.next = add nsw i64 %iv27, 1
  store i64 %iv.next, ptr %iv22, align 8
  br label %for.cond23

for.end26:                                        ; preds = %for.cond23
  br label %for.next

rc84:                                             ; preds = %for.end
  %67 = atomicrmw sub ptr %meminfo82, i64 1 acq_rel, align 8
  %last86 = icmp eq i64 %67, 1
  br i1 %last86, label %free87, label %freed88

rc.done85:                                        ; preds = %freed88, %for.end
  %68 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %out, align 8
  %meminfo89 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %68, 0
  %owned90 = icmp ne ptr %meminfo89, null
  br i1 %owned90, label %rc91, label %rc.done92

free87:                                           ; preds = %rc84
  call void @penna_rt_free(ptr %meminfo82)
  br label %freed88

freed88:                                          ; preds = %free87, %rc84
  br label %rc.done85

rc91:                                             ; preds = %rc.done85
  %69 = atomicrmw sub ptr %meminfo89, i64 1 acq_rel, align 8
  %last93 = icmp eq i64 %69, 1
  br i1 %last93, label %free94, label %freed95

rc.done92:                                        ; preds = %freed95, %rc.done85
  ret { i32, {} } { i32 0, {} undef }

free94:                                           ; preds = %rc91
  call void @penna_rt_free(ptr %meminfo89)
  br label %freed95

freed95:                                          ; preds = %free94, %rc91
  br label %rc.done92

dead:                                             ; No predecessors!
  unreachable
}

declare void @penna_rt_free(ptr)

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
  %iv22 = alloca i64, align 8
  %iv = alloca i64, align 8
  %a = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %a, align 8
  %out = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %out, align 8
  %tmp.0 = alloca { i64, i64 }, align 8
  %n = alloca i64, align 8
  %m = alloca i64, align 8
  %i = alloca i64, align 8
  %j = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %meminfo = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %1, 0
  %owned = icmp ne ptr %meminfo, null
  br i1 %owned, label %rc, label %rc.done

rc:                                               ; preds = %body
  %3 = atomicrmw add ptr %meminfo, i64 1 monotonic, align 8
  br label %rc.done

rc.done:                                          ; preds = %rc, %body
  %old = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } %1, ptr %a, align 8
  %meminfo1 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %old, 0
  %owned2 = icmp ne ptr %meminfo1, null
  br i1 %owned2, label %rc3, label %rc.done4

rc3:                                              ; preds = %rc.done
  %4 = atomicrmw sub ptr %meminfo1, i64 1 acq_rel, align 8
  %last = icmp eq i64 %4, 1
  br i1 %last, label %free, label %freed

rc.done4:                                         ; preds = %freed, %rc.done
  %meminfo5 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %2, 0
  %owned6 = icmp ne ptr %meminfo5, null
  br i1 %owned6, label %rc7, label %rc.done8

free:                                             ; preds = %rc3
  call void @penna_rt_free(ptr %meminfo1)
  br label %freed

freed:                                            ; preds = %free, %rc3
  br label %rc.done4

rc7:                                              ; preds = %rc.done4
  %5 = atomicrmw add ptr %meminfo5, i64 1 monotonic, align 8
  br label %rc.done8

rc.done8:                                         ; preds = %rc7, %rc.done4
  %old9 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %out, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } %2, ptr %out, align 8
  %meminfo10 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %old9, 0
  %owned11 = icmp ne ptr %meminfo10, null
  br i1 %owned11, label %rc12, label %rc.done13

rc12:                                             ; preds = %rc.done8
  %6 = atomicrmw sub ptr %meminfo10, i64 1 acq_rel, align 8
  %last14 = icmp eq i64 %6, 1
  br i1 %last14, label %free15, label %freed16

rc.done13:                                        ; preds = %freed16, %rc.done8
  %7 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %7, 2
  %dim = extractvalue [2 x i64] %shape, 0
  %shape17 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %7, 2
  %dim18 = extractvalue [2 x i64] %shape17, 1
  %8 = insertvalue { i64, i64 } undef, i64 %dim, 0
  %9 = insertvalue { i64, i64 } %8, i64 %dim18, 1
  store { i64, i64 } %9, ptr %tmp.0, align 8
  %10 = load { i64, i64 }, ptr %tmp.0, align 8
  %item = extractvalue { i64, i64 } %10, 0
  store i64 %item, ptr %n, align 8
  %11 = load { i64, i64 }, ptr %tmp.0, align 8
  %item19 = extractvalue { i64, i64 } %11, 1
  store i64 %item19, ptr %m, align 8
  %12 = load i64, ptr %n, align 8
  %sub = sub i64 %12, 1
  store i64 1, ptr %iv, align 8
  br label %for.cond

free15:                                           ; preds = %rc12
  call void @penna_rt_free(ptr %meminfo10)
  br label %freed16

freed16:                                          ; preds = %free15, %rc12
  br label %rc.done13

for.cond:                                         ; preds = %for.next, %rc.done13
  %iv20 = load i64, ptr %iv, align 8
  %13 = icmp slt i64 %iv20, %sub
  br i1 %13, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv20, ptr %i, align 8
  %14 = load i64, ptr %m, align 8
  %sub21 = sub i64 %14, 1
  store i64 1, ptr %iv22, align 8
  br label %for.cond23

for.next:                                         ; preds = %for.end26
  %iv.next82 = add nsw i64 %iv20, 1
  store i64 %iv.next82, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %15 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %meminfo83 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %15, 0
  %owned84 = icmp ne ptr %meminfo83, null
  br i1 %owned84, label %rc85, label %rc.done86

for.cond23:                                       ; preds = %for.next25, %for.body
  %iv27 = load i64, ptr %iv22, align 8
  %16 = icmp slt i64 %iv27, %sub21
  br i1 %16, label %for.body24, label %for.end26

for.body24:                                       ; preds = %for.cond23
  store i64 %iv27, ptr %j, align 8
  %17 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %out, align 8
  %18 = load i64, ptr %i, align 8
  %19 = load i64, ptr %j, align 8
  %20 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %21 = load i64, ptr %i, align 8
  %sub28 = sub i64 %21, 1
  %22 = load i64, ptr %j, align 8
  %shape29 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 2
  %dim30 = extractvalue [2 x i64] %shape29, 0
  %23 = icmp slt i64 %sub28, 0
  %24 = add i64 %sub28, %dim30
  %idx.wrap = select i1 %23, i64 %24, i64 %sub28
  %25 = mul nsw i64 %idx.wrap, 4
  %shape31 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 2
  %dim32 = extractvalue [2 x i64] %shape31, 1
  %26 = icmp slt i64 %22, 0
  %27 = add i64 %22, %dim32
  %idx.wrap33 = select i1 %26, i64 %27, i64 %22
  %strides = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 3
  %stride = extractvalue [2 x i64] %strides, 1
  %28 = mul nsw i64 %idx.wrap33, %stride
  %29 = add nsw i64 %25, %28
  %data = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %29
  %elem = load float, ptr %elem.ptr, align 4
  %30 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %31 = load i64, ptr %i, align 8
  %add = add i64 %31, 1
  %32 = load i64, ptr %j, align 8
  %shape34 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 2
  %dim35 = extractvalue [2 x i64] %shape34, 0
  %33 = icmp slt i64 %add, 0
  %34 = add i64 %add, %dim35
  %idx.wrap36 = select i1 %33, i64 %34, i64 %add
  %35 = mul nsw i64 %idx.wrap36, 4
  %shape37 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 2
  %dim38 = extractvalue [2 x i64] %shape37, 1
  %36 = icmp slt i64 %32, 0
  %37 = add i64 %32, %dim38
  %idx.wrap39 = select i1 %36, i64 %37, i64 %32
  %strides40 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 3
  %stride41 = extractvalue [2 x i64] %strides40, 1
  %38 = mul nsw i64 %idx.wrap39, %stride41
  %39 = add nsw i64 %35, %38
  %data42 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 1
  %elem.ptr43 = getelementptr inbounds i8, ptr %data42, i64 %39
  %elem44 = load float, ptr %elem.ptr43, align 4
  %fadd = fadd float %elem, %elem44
  %40 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %41 = load i64, ptr %i, align 8
  %42 = load i64, ptr %j, align 8
  %sub45 = sub i64 %42, 1
  %shape46 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 2
  %dim47 = extractvalue [2 x i64] %shape46, 0
  %43 = icmp slt i64 %41, 0
  %44 = add i64 %41, %dim47
  %idx.wrap48 = select i1 %43, i64 %44, i64 %41
  %45 = mul nsw i64 %idx.wrap48, 4
  %shape49 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 2
  %dim50 = extractvalue [2 x i64] %shape49, 1
  %46 = icmp slt i64 %sub45, 0
  %47 = add i64 %sub45, %dim50
  %idx.wrap51 = select i1 %46, i64 %47, i64 %sub45
  %strides52 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 3
  %stride53 = extractvalue [2 x i64] %strides52, 1
  %48 = mul nsw i64 %idx.wrap51, %stride53
  %49 = add nsw i64 %45, %48
  %data54 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 1
  %elem.ptr55 = getelementptr inbounds i8, ptr %data54, i64 %49
  %elem56 = load float, ptr %elem.ptr55, align 4
  %fadd57 = fadd float %fadd, %elem56
  %50 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %51 = load i64, ptr %i, align 8
  %52 = load i64, ptr %j, align 8
  %add58 = add i64 %52, 1
  %shape59 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 2
  %dim60 = extractvalue [2 x i64] %shape59, 0
  %53 = icmp slt i64 %51, 0
  %54 = add i64 %51, %dim60
  %idx.wrap61 = select i1 %53, i64 %54, i64 %51
  %55 = mul nsw i64 %idx.wrap61, 4
  %shape62 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 2
  %dim63 = extractvalue [2 x i64] %shape62, 1
  %56 = icmp slt i64 %add58, 0
  %57 = add i64 %add58, %dim63
  %idx.wrap64 = select i1 %56, i64 %57, i64 %add58
  %strides65 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 3
  %stride66 = extractvalue [2 x i64] %strides65, 1
  %58 = mul nsw i64 %idx.wrap64, %stride66
  %59 = add nsw i64 %55, %58
  %data67 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 1
  %elem.ptr68 = getelementptr inbounds i8, ptr %data67, i64 %59
  %elem69 = load float, ptr %elem.ptr68, align 4
  %fadd70 = fadd float %fadd57, %elem69
  %fcast = fpext float %fadd70 to double
  %fmul = fmul double 2.500000e-01, %fcast
  %fcast71 = fptrunc double %fmul to float
  %shape72 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 2
  %dim73 = extractvalue [2 x i64] %shape72, 0
  %60 = icmp slt i64 %18, 0
  %61 = add i64 %18, %dim73
  %idx.wrap74 = select i1 %60, i64 %61, i64 %18
  %62 = mul nsw i64 %idx.wrap74, 4
  %shape75 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 2
  %dim76 = extractvalue [2 x i64] %shape75, 1
  %63 = icmp slt i64 %19, 0
  %64 = add i64 %19, %dim76
  %idx.wrap77 = select i1 %63, i64 %64, i64 %19
  %strides78 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 3
  %stride79 = extractvalue [2 x i64] %strides78, 1
  %65 = mul nsw i64 %idx.wrap77, %stride79
  %66 = add nsw i64 %62, %65
  %data80 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 1
  %elem.ptr81 = getelementptr inbounds i8, ptr %data80, i64 %66
  store float %fcast71, ptr %elem.ptr81, align 4
  br label %for.next25

for.next25:                                       ; preds = %for.body24
  %iv.next = add nsw i64 %iv27, 1
  store i64 %iv.next, ptr %iv22, align 8
  br label %for.cond23

for.end26:                                        ; preds = %for.cond23
  br label %for.next

rc85:                                             ; preds = %for.end
  %67 = atomicrmw sub ptr %meminfo83, i64 1 acq_rel, align 8
  %last87 = icmp eq i64 %67, 1
  br i1 %last87, label %free88, label %freed89

rc.done86:                                        ; preds = %freed89, %for.end
  %68 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %out, align 8
  %meminfo90 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %68, 0
  %owned91 = icmp ne ptr %meminfo90, null
  br i1 %owned91, label %rc92, label %rc.done93

free88:                                           ; preds = %rc85
  call void @penna_rt_free(ptr %meminfo83)
  br label %freed89

freed89:                                          ; preds = %free88, %rc85
  br label %rc.done86

rc92:                                             ; preds = %rc.done86
  %69 = atomicrmw sub ptr %meminfo90, i64 1 acq_rel, align 8
  %last94 = icmp eq i64 %69, 1
  br i1 %last94, label %free95, label %freed96

rc.done93:                                        ; preds = %freed96, %rc.done86
  ret { i32, {} } { i32 0, {} undef }

free95:                                           ; preds = %rc92
  call void @penna_rt_free(ptr %meminfo90)
  br label %freed96

freed96:                                          ; preds = %free95, %rc92
  br label %rc.done93

dead:                                             ; No predecessors!
  unreachable
}

declare void @penna_rt_free(ptr)

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

