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
  store { ptr, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %x, align 8
  %y = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %y, align 8
  %out = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %out, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store double %1, ptr %a, align 8
  %meminfo = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %2, 0
  %owned = icmp ne ptr %meminfo, null
  br i1 %owned, label %rc, label %rc.done

rc:                                               ; preds = %body
  %5 = atomicrmw add ptr %meminfo, i64 1 monotonic, align 8
  br label %rc.done

rc.done:                                          ; preds = %rc, %body
  %old = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %2, ptr %x, align 8
  %meminfo1 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %old, 0
  %owned2 = icmp ne ptr %meminfo1, null
  br i1 %owned2, label %rc3, label %rc.done4

rc3:                                              ; preds = %rc.done
  %6 = atomicrmw sub ptr %meminfo1, i64 1 acq_rel, align 8
  %last = icmp eq i64 %6, 1
  br i1 %last, label %free, label %freed

rc.done4:                                         ; preds = %freed, %rc.done
  %meminfo5 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %3, 0
  %owned6 = icmp ne ptr %meminfo5, null
  br i1 %owned6, label %rc7, label %rc.done8

free:                                             ; preds = %rc3
  call void @penna_rt_free(ptr %meminfo1)
  br label %freed

freed:                                            ; preds = %free, %rc3
  br label %rc.done4

rc7:                                              ; preds = %rc.done4
  %7 = atomicrmw add ptr %meminfo5, i64 1 monotonic, align 8
  br label %rc.done8

rc.done8:                                         ; preds = %rc7, %rc.done4
  %old9 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %3, ptr %y, align 8
  %meminfo10 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %old9, 0
  %owned11 = icmp ne ptr %meminfo10, null
  br i1 %owned11, label %rc12, label %rc.done13

rc12:                                             ; preds = %rc.done8
  %8 = atomicrmw sub ptr %meminfo10, i64 1 acq_rel, align 8
  %last14 = icmp eq i64 %8, 1
  br i1 %last14, label %free15, label %freed16

rc.done13:                                        ; preds = %freed16, %rc.done8
  %meminfo17 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %4, 0
  %owned18 = icmp ne ptr %meminfo17, null
  br i1 %owned18, label %rc19, label %rc.done20

free15:                                           ; preds = %rc12
  call void @penna_rt_free(ptr %meminfo10)
  br label %freed16

freed16:                                          ; preds = %free15, %rc12
  br label %rc.done13

rc19:                                             ; preds = %rc.done13
  %9 = atomicrmw add ptr %meminfo17, i64 1 monotonic, align 8
  br label %rc.done20

rc.done20:                                        ; preds = %rc19, %rc.done13
  %old21 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %4, ptr %out, align 8
  %meminfo22 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %old21, 0
  %owned23 = icmp ne ptr %meminfo22, null
  br i1 %owned23, label %rc24, label %rc.done25

rc24:                                             ; preds = %rc.done20
  %10 = atomicrmw sub ptr %meminfo22, i64 1 acq_rel, align 8
  %last26 = icmp eq i64 %10, 1
  br i1 %last26, label %free27, label %freed28

rc.done25:                                        ; preds = %freed28, %rc.done20
  %11 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %12 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %12, 0
  store i64 0, ptr %iv, align 8
  br label %for.cond

free27:                                           ; preds = %rc24
  call void @penna_rt_free(ptr %meminfo22)
  br label %freed28

freed28:                                          ; preds = %free27, %rc24
  br label %rc.done25

for.cond:                                         ; preds = %for.next, %rc.done25
  %iv29 = load i64, ptr %iv, align 8
  %13 = icmp slt i64 %iv29, %item
  br i1 %13, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv29, ptr %i, align 8
  %14 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %15 = load i64, ptr %i, align 8
  %16 = load double, ptr %a, align 8
  %17 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %18 = load i64, ptr %i, align 8
  %shape30 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %17, 2
  %dim31 = extractvalue [1 x i64] %shape30, 0
  %19 = icmp slt i64 %18, 0
  %20 = add i64 %18, %dim31
  %idx.wrap = select i1 %19, i64 %20, i64 %18
  %21 = mul nsw i64 %idx.wrap, 8
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %17, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %21
  %elem = load double, ptr %elem.ptr, align 8
  %fmul = fmul double %16, %elem
  %22 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  %23 = load i64, ptr %i, align 8
  %shape32 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %22, 2
  %dim33 = extractvalue [1 x i64] %shape32, 0
  %24 = icmp slt i64 %23, 0
  %25 = add i64 %23, %dim33
  %idx.wrap34 = select i1 %24, i64 %25, i64 %23
  %26 = mul nsw i64 %idx.wrap34, 8
  %data35 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %22, 1
  %elem.ptr36 = getelementptr inbounds i8, ptr %data35, i64 %26
  %elem37 = load double, ptr %elem.ptr36, align 8
  %fadd = fadd double %fmul, %elem37
  %shape38 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 2
  %dim39 = extractvalue [1 x i64] %shape38, 0
  %27 = icmp slt i64 %15, 0
  %28 = add i64 %15, %dim39
  %idx.wrap40 = select i1 %27, i64 %28, i64 %15
  %29 = mul nsw i64 %idx.wrap40, 8
  %data41 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 1
  %elem.ptr42 = getelementptr inbounds i8, ptr %data41, i64 %29
  store double %fadd, ptr %elem.ptr42, align 8
  br label %for.next

for.next:                                         ; preds = %for.body
  %iv.next = add nsw i64 %iv29, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %30 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %meminfo43 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %30, 0
  %owned44 = icmp ne ptr %meminfo43, null
  br i1 %owned44, label %rc45, label %rc.done46

rc45:                                             ; preds = %for.end
  %31 = atomicrmw sub ptr %meminfo43, i64 1 acq_rel, align 8
  %last47 = icmp eq i64 %31, 1
  br i1 %last47, label %free48, label %freed49

rc.done46:                                        ; preds = %freed49, %for.end
  %32 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  %meminfo50 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %32, 0
  %owned51 = icmp ne ptr %meminfo50, null
  br i1 %owned51, label %rc52, label %rc.done53

free48:                                           ; preds = %rc45
  call void @penna_rt_free(ptr %meminfo43)
  br label %freed49

freed49:                                          ; preds = %free48, %rc45
  br label %rc.done46

rc52:                                             ; preds = %rc.done46
  %33 = atomicrmw sub ptr %meminfo50, i64 1 acq_rel, align 8
  %last54 = icmp eq i64 %33, 1
  br i1 %last54, label %free55, label %freed56

rc.done53:                                        ; preds = %freed56, %rc.done46
  %34 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %meminfo57 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %34, 0
  %owned58 = icmp ne ptr %meminfo57, null
  br i1 %owned58, label %rc59, label %rc.done60

free55:                                           ; preds = %rc52
  call void @penna_rt_free(ptr %meminfo50)
  br label %freed56

freed56:                                          ; preds = %free55, %rc52
  br label %rc.done53

rc59:                                             ; preds = %rc.done53
  %35 = atomicrmw sub ptr %meminfo57, i64 1 acq_rel, align 8
  %last61 = icmp eq i64 %35, 1
  br i1 %last61, label %free62, label %freed63

rc.done60:                                        ; preds = %freed63, %rc.done53
  ret { i32, {} } { i32 0, {} undef }

free62:                                           ; preds = %rc59
  call void @penna_rt_free(ptr %meminfo57)
  br label %freed63

freed63:                                          ; preds = %free62, %rc59
  br label %rc.done60

dead:                                             ; No predecessors!
  unreachable
}

declare void @penna_rt_free(ptr)

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
  store { ptr, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %x, align 8
  %y = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %y, align 8
  %out = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %out, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store float %1, ptr %a, align 4
  %meminfo = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %2, 0
  %owned = icmp ne ptr %meminfo, null
  br i1 %owned, label %rc, label %rc.done

rc:                                               ; preds = %body
  %5 = atomicrmw add ptr %meminfo, i64 1 monotonic, align 8
  br label %rc.done

rc.done:                                          ; preds = %rc, %body
  %old = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %2, ptr %x, align 8
  %meminfo1 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %old, 0
  %owned2 = icmp ne ptr %meminfo1, null
  br i1 %owned2, label %rc3, label %rc.done4

rc3:                                              ; preds = %rc.done
  %6 = atomicrmw sub ptr %meminfo1, i64 1 acq_rel, align 8
  %last = icmp eq i64 %6, 1
  br i1 %last, label %free, label %freed

rc.done4:                                         ; preds = %freed, %rc.done
  %meminfo5 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %3, 0
  %owned6 = icmp ne ptr %meminfo5, null
  br i1 %owned6, label %rc7, label %rc.done8

free:                                             ; preds = %rc3
  call void @penna_rt_free(ptr %meminfo1)
  br label %freed

freed:                                            ; preds = %free, %rc3
  br label %rc.done4

rc7:                                              ; preds = %rc.done4
  %7 = atomicrmw add ptr %meminfo5, i64 1 monotonic, align 8
  br label %rc.done8

rc.done8:                                         ; preds = %rc7, %rc.done4
  %old9 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %3, ptr %y, align 8
  %meminfo10 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %old9, 0
  %owned11 = icmp ne ptr %meminfo10, null
  br i1 %owned11, label %rc12, label %rc.done13

rc12:                                             ; preds = %rc.done8
  %8 = atomicrmw sub ptr %meminfo10, i64 1 acq_rel, align 8
  %last14 = icmp eq i64 %8, 1
  br i1 %last14, label %free15, label %freed16

rc.done13:                                        ; preds = %freed16, %rc.done8
  %meminfo17 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %4, 0
  %owned18 = icmp ne ptr %meminfo17, null
  br i1 %owned18, label %rc19, label %rc.done20

free15:                                           ; preds = %rc12
  call void @penna_rt_free(ptr %meminfo10)
  br label %freed16

freed16:                                          ; preds = %free15, %rc12
  br label %rc.done13

rc19:                                             ; preds = %rc.done13
  %9 = atomicrmw add ptr %meminfo17, i64 1 monotonic, align 8
  br label %rc.done20

rc.done20:                                        ; preds = %rc19, %rc.done13
  %old21 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %4, ptr %out, align 8
  %meminfo22 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %old21, 0
  %owned23 = icmp ne ptr %meminfo22, null
  br i1 %owned23, label %rc24, label %rc.done25

rc24:                                             ; preds = %rc.done20
  %10 = atomicrmw sub ptr %meminfo22, i64 1 acq_rel, align 8
  %last26 = icmp eq i64 %10, 1
  br i1 %last26, label %free27, label %freed28

rc.done25:                                        ; preds = %freed28, %rc.done20
  %11 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %12 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %12, 0
  store i64 0, ptr %iv, align 8
  br label %for.cond

free27:                                           ; preds = %rc24
  call void @penna_rt_free(ptr %meminfo22)
  br label %freed28

freed28:                                          ; preds = %free27, %rc24
  br label %rc.done25

for.cond:                                         ; preds = %for.next, %rc.done25
  %iv29 = load i64, ptr %iv, align 8
  %13 = icmp slt i64 %iv29, %item
  br i1 %13, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv29, ptr %i, align 8
  %14 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %15 = load i64, ptr %i, align 8
  %16 = load float, ptr %a, align 4
  %17 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %18 = load i64, ptr %i, align 8
  %shape30 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %17, 2
  %dim31 = extractvalue [1 x i64] %shape30, 0
  %19 = icmp slt i64 %18, 0
  %20 = add i64 %18, %dim31
  %idx.wrap = select i1 %19, i64 %20, i64 %18
  %21 = mul nsw i64 %idx.wrap, 4
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %17, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %21
  %elem = load float, ptr %elem.ptr, align 4
  %fmul = fmul float %16, %elem
  %22 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  %23 = load i64, ptr %i, align 8
  %shape32 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %22, 2
  %dim33 = extractvalue [1 x i64] %shape32, 0
  %24 = icmp slt i64 %23, 0
  %25 = add i64 %23, %dim33
  %idx.wrap34 = select i1 %24, i64 %25, i64 %23
  %26 = mul nsw i64 %idx.wrap34, 4
  %data35 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %22, 1
  %elem.ptr36 = getelementptr inbounds i8, ptr %data35, i64 %26
  %elem37 = load float, ptr %elem.ptr36, align 4
  %fadd = fadd float %fmul, %elem37
  %shape38 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 2
  %dim39 = extractvalue [1 x i64] %shape38, 0
  %27 = icmp slt i64 %15, 0
  %28 = add i64 %15, %dim39
  %idx.wrap40 = select i1 %27, i64 %28, i64 %15
  %29 = mul nsw i64 %idx.wrap40, 4
  %data41 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 1
  %elem.ptr42 = getelementptr inbounds i8, ptr %data41, i64 %29
  store float %fadd, ptr %elem.ptr42, align 4
  br label %for.next

for.next:                                         ; preds = %for.body
  %iv.next = add nsw i64 %iv29, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %30 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %meminfo43 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %30, 0
  %owned44 = icmp ne ptr %meminfo43, null
  br i1 %owned44, label %rc45, label %rc.done46

rc45:                                             ; preds = %for.end
  %31 = atomicrmw sub ptr %meminfo43, i64 1 acq_rel, align 8
  %last47 = icmp eq i64 %31, 1
  br i1 %last47, label %free48, label %freed49

rc.done46:                                        ; preds = %freed49, %for.end
  %32 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  %meminfo50 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %32, 0
  %owned51 = icmp ne ptr %meminfo50, null
  br i1 %owned51, label %rc52, label %rc.done53

free48:                                           ; preds = %rc45
  call void @penna_rt_free(ptr %meminfo43)
  br label %freed49

freed49:                                          ; preds = %free48, %rc45
  br label %rc.done46

rc52:                                             ; preds = %rc.done46
  %33 = atomicrmw sub ptr %meminfo50, i64 1 acq_rel, align 8
  %last54 = icmp eq i64 %33, 1
  br i1 %last54, label %free55, label %freed56

rc.done53:                                        ; preds = %freed56, %rc.done46
  %34 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %meminfo57 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %34, 0
  %owned58 = icmp ne ptr %meminfo57, null
  br i1 %owned58, label %rc59, label %rc.done60

free55:                                           ; preds = %rc52
  call void @penna_rt_free(ptr %meminfo50)
  br label %freed56

freed56:                                          ; preds = %free55, %rc52
  br label %rc.done53

rc59:                                             ; preds = %rc.done53
  %35 = atomicrmw sub ptr %meminfo57, i64 1 acq_rel, align 8
  %last61 = icmp eq i64 %35, 1
  br i1 %last61, label %free62, label %freed63

rc.done60:                                        ; preds = %freed63, %rc.done53
  ret { i32, {} } { i32 0, {} undef }

free62:                                           ; preds = %rc59
  call void @penna_rt_free(ptr %meminfo57)
  br label %freed63

freed63:                                          ; preds = %free62, %rc59
  br label %rc.done60

dead:                                             ; No predecessors!
  unreachable
}

declare void @penna_rt_free(ptr)

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

