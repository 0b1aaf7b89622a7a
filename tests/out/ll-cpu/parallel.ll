; dot(float64[::1], float64[::1])
; ModuleID = 'golden.parallel'
source_filename = "golden.parallel"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal { i32, double } @dot.0(ptr %0, { ptr, ptr, [1 x i64], [1 x i64] } %1, { ptr, ptr, [1 x i64], [1 x i64] } %2) #0 {
entry:
  %iv2 = alloca i64, align 8
  %iv = alloca i64, align 8
  %par.ctx = alloca { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, { ptr, ptr, [1 x i64], [1 x i64] } }, align 8
  %a = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %b = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %s = alloca double, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { ptr, ptr, [1 x i64], [1 x i64] } %1, ptr %a, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %2, ptr %b, align 8
  store double 0.000000e+00, ptr %s, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %3, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %4 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %4, 0
  %5 = icmp slt i64 0, %item
  %6 = icmp sgt i64 0, %item
  %nonempty = select i1 true, i1 %5, i1 %6
  %7 = sub i64 %item, 0
  %8 = sub i64 0, %item
  %span = select i1 true, i64 %7, i64 %8
  %9 = sub i64 %span, 1
  %10 = udiv i64 %9, 1
  %11 = add i64 %10, 1
  %n = select i1 %nonempty, i64 %11, i64 0
  %12 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, { ptr, ptr, [1 x i64], [1 x i64] } }, ptr %par.ctx, i32 0, i32 0
  store i64 0, ptr %12, align 8
  %13 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, { ptr, ptr, [1 x i64], [1 x i64] } }, ptr %par.ctx, i32 0, i32 1
  store i64 1, ptr %13, align 8
  %14 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %15 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, { ptr, ptr, [1 x i64], [1 x i64] } }, ptr %par.ctx, i32 0, i32 2
  store { ptr, ptr, [1 x i64], [1 x i64] } %14, ptr %15, align 8
  %16 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %b, align 8
  %17 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, { ptr, ptr, [1 x i64], [1 x i64] } }, ptr %par.ctx, i32 0, i32 3
  store { ptr, ptr, [1 x i64], [1 x i64] } %16, ptr %17, align 8
  %18 = call i64 @penna_rt_team_size(i64 0)
  %19 = call ptr @llvm.stacksave.p0()
  %par.partials = alloca { double }, i64 %18, align 8
  store i64 0, ptr %iv, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %iv1 = load i64, ptr %iv, align 8
  %20 = icmp ult i64 %iv1, %18
  br i1 %20, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %21 = getelementptr inbounds { double }, ptr %par.partials, i64 %iv1
  store { double } zeroinitializer, ptr %21, align 8
  br label %for.next

for.next:                                         ; preds = %for.body
  %iv.next = add nuw i64 %iv1, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %22 = call i32 @penna_rt_parallel_for(ptr @dot.0.parallel.0, ptr %par.ctx, i64 %n, ptr %par.partials, i64 ptrtoint (ptr getelementptr ({ double }, ptr null, i32 1) to i64), i64 %18, i32 2, i64 256, ptr %0)
  %23 = icmp ne i32 %22, 0
  %unlikely = call i1 @llvm.expect.i1(i1 %23, i1 false)
  br i1 %unlikely, label %par.raised, label %par.done

par.raised:                                       ; preds = %for.end
  call void @llvm.stackrestore.p0(ptr %19)
  %24 = insertvalue { i32, double } undef, i32 %22, 0
  ret { i32, double } %24

par.done:                                         ; preds = %for.end
  store i64 0, ptr %iv2, align 8
  br label %for.cond3

for.cond3:                                        ; preds = %for.next5, %par.done
  %iv7 = load i64, ptr %iv2, align 8
  %25 = icmp ult i64 %iv7, %18
  br i1 %25, label %for.body4, label %for.end6

for.body4:                                        ; preds = %for.cond3
  %26 = getelementptr inbounds { double }, ptr %par.partials, i64 %iv7
  %27 = getelementptr inbounds { double }, ptr %26, i32 0, i32 0
  %part = load double, ptr %27, align 8
  %28 = load double, ptr %s, align 8
  %fadd = fadd double %28, %part
  store double %fadd, ptr %s, align 8
  br label %for.next5

for.next5:                                        ; preds = %for.body4
  %iv.next8 = add nuw i64 %iv7, 1
  store i64 %iv.next8, ptr %iv2, align 8
  br label %for.cond3

for.end6:                                         ; preds = %for.cond3
  call void @llvm.stackrestore.p0(ptr %19)
  %29 = load double, ptr %s, align 8
  %result = insertvalue { i32, double } { i32 0, double undef }, double %29, 1
  ret { i32, double } %result

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define internal i32 @dot.0.parallel.0(ptr %0, i64 %1, i64 %2, ptr %3, ptr %4) #0 {
entry:
  %iv = alloca i64, align 8
  %a = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %a, align 8
  %b = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %b, align 8
  %s = alloca double, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %lo.nonneg = icmp sge i64 %1, 0
  call void @llvm.assume(i1 %lo.nonneg)
  %5 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, { ptr, ptr, [1 x i64], [1 x i64] } }, ptr %0, i32 0, i32 2
  %6 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %5, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %6, ptr %a, align 8
  %meminfo = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %6, 0
  call void @penna.incref(ptr %meminfo)
  %7 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, { ptr, ptr, [1 x i64], [1 x i64] } }, ptr %0, i32 0, i32 3
  %8 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %7, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %8, ptr %b, align 8
  %meminfo1 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %8, 0
  call void @penna.incref(ptr %meminfo1)
  %9 = getelementptr inbounds { double }, ptr %3, i32 0, i32 0
  %10 = load double, ptr %9, align 8
  store double %10, ptr %s, align 8
  store i64 %1, ptr %iv, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %iv2 = load i64, ptr %iv, align 8
  %11 = icmp slt i64 %iv2, %2
  br i1 %11, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %off = mul i64 %iv2, 1
  %i3 = add i64 0, %off
  store i64 %i3, ptr %i, align 8
  %12 = load double, ptr %s, align 8
  %13 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %14 = load i64, ptr %i, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %13, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %15 = icmp slt i64 %14, 0
  %16 = add i64 %14, %dim
  %idx.wrap = select i1 %15, i64 %16, i64 %14
  %17 = mul nsw i64 %idx.wrap, 8
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %13, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %17
  %elem = load double, ptr %elem.ptr, align 8
  %18 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %b, align 8
  %19 = load i64, ptr %i, align 8
  %shape4 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %18, 2
  %dim5 = extractvalue [1 x i64] %shape4, 0
  %20 = icmp slt i64 %19, 0
  %21 = add i64 %19, %dim5
  %idx.wrap6 = select i1 %20, i64 %21, i64 %19
  %22 = mul nsw i64 %idx.wrap6, 8
  %data7 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %18, 1
  %elem.ptr8 = getelementptr inbounds i8, ptr %data7, i64 %22
  %elem9 = load double, ptr %elem.ptr8, align 8
  %fmul = fmul double %elem, %elem9
  %fadd = fadd double %12, %fmul
  store double %fadd, ptr %s, align 8
  br label %for.next

for.next:                                         ; preds = %for.body
  %iv.next = add nsw i64 %iv2, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %23 = getelementptr inbounds { double }, ptr %3, i32 0, i32 0
  %24 = load double, ptr %s, align 8
  store volatile double %24, ptr %23, align 8
  %25 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %meminfo10 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %25, 0
  call void @penna.decref(ptr %meminfo10)
  %26 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %b, align 8
  %meminfo11 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %26, 0
  call void @penna.decref(ptr %meminfo11)
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #1

; Function Attrs: noinline nounwind memory(argmem: readwrite)
define private void @penna.incref(ptr %0) #2 {
entry:
  %owned1 = icmp ne ptr %0, null
  br i1 %owned1, label %owned, label %done

owned:                                            ; preds = %entry
  %1 = atomicrmw add ptr %0, i64 1 monotonic, align 8
  br label %done

done:                                             ; preds = %owned, %entry
  ret void
}

; Function Attrs: noinline nounwind
define private void @penna.decref(ptr %0) #3 {
entry:
  %owned1 = icmp ne ptr %0, null
  br i1 %owned1, label %owned, label %done

owned:                                            ; preds = %entry
  %1 = atomicrmw sub ptr %0, i64 1 acq_rel, align 8
  %last = icmp eq i64 %1, 1
  br i1 %last, label %free, label %done

done:                                             ; preds = %free, %owned, %entry
  ret void

free:                                             ; preds = %owned
  call void @penna_rt_free(ptr %0)
  br label %done
}

declare void @penna_rt_free(ptr)

declare i64 @penna_rt_team_size(i64)

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #4

declare i32 @penna_rt_parallel_for(ptr, ptr, i64, ptr, i64, i64, i32, i64, ptr)

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #4

; Function Attrs: nounwind
define i32 @golden.parallel.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %4 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr3, align 8
  %call = call { i32, double } @dot.0(ptr %2, { ptr, ptr, [1 x i64], [1 x i64] } %3, { ptr, ptr, [1 x i64], [1 x i64] } %4)
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
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #2 = { noinline nounwind memory(argmem: readwrite) "target-cpu"="x86-64-v3" }
attributes #3 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nocallback nofree nosync nounwind willreturn }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(none) }

; team(int64[::1])
; ModuleID = 'golden.parallel'
source_filename = "golden.parallel"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@penna.msg.0 = private constant [34 x i8] c"integer division or modulo by zero"

; Function Attrs: nounwind
define internal { i32, i64 } @team.0(ptr %0, { ptr, ptr, [1 x i64], [1 x i64] } %1) #0 {
entry:
  %par.ctx = alloca { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, i64, ptr }, align 8
  %out = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %total = alloca i64, align 8
  %t = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { ptr, ptr, [1 x i64], [1 x i64] } %1, ptr %out, align 8
  store i64 0, ptr %total, align 8
  %2 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, i64, ptr }, ptr %par.ctx, i32 0, i32 0
  store i64 0, ptr %2, align 8
  %3 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, i64, ptr }, ptr %par.ctx, i32 0, i32 1
  store i64 0, ptr %3, align 8
  %4 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %5 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, i64, ptr }, ptr %par.ctx, i32 0, i32 2
  store { ptr, ptr, [1 x i64], [1 x i64] } %4, ptr %5, align 8
  %6 = load i64, ptr %t, align 8
  %7 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, i64, ptr }, ptr %par.ctx, i32 0, i32 3
  store i64 %6, ptr %7, align 8
  %8 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, i64, ptr }, ptr %par.ctx, i32 0, i32 4
  store ptr %total, ptr %8, align 8
  %9 = call i64 @penna_rt_team_size(i64 4)
  %10 = call ptr @llvm.stacksave.p0()
  %11 = call i32 @penna_rt_parallel_for(ptr @team.0.parallel.0, ptr %par.ctx, i64 %9, ptr null, i64 0, i64 %9, i32 4, i64 1, ptr %0)
  %12 = icmp ne i32 %11, 0
  %unlikely = call i1 @llvm.expect.i1(i1 %12, i1 false)
  br i1 %unlikely, label %par.raised, label %par.done

par.raised:                                       ; preds = %body
  call void @llvm.stackrestore.p0(ptr %10)
  %13 = insertvalue { i32, i64 } undef, i32 %11, 0
  ret { i32, i64 } %13

par.done:                                         ; preds = %body
  call void @llvm.stackrestore.p0(ptr %10)
  %14 = load i64, ptr %total, align 8
  %result = insertvalue { i32, i64 } { i32 0, i64 undef }, i64 %14, 1
  ret { i32, i64 } %result

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define internal i32 @team.0.parallel.0(ptr %0, i64 %1, i64 %2, ptr %3, ptr %4) #0 {
entry:
  %out = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %out, align 8
  %total = alloca i64, align 8
  %t = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %lo.nonneg = icmp sge i64 %1, 0
  call void @llvm.assume(i1 %lo.nonneg)
  %5 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, i64, ptr }, ptr %0, i32 0, i32 2
  %6 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %5, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %6, ptr %out, align 8
  %meminfo = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %6, 0
  call void @penna.incref(ptr %meminfo)
  %7 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, i64, ptr }, ptr %0, i32 0, i32 3
  %8 = load i64, ptr %7, align 8
  store i64 %8, ptr %t, align 8
  %9 = getelementptr inbounds { i64, i64, { ptr, ptr, [1 x i64], [1 x i64] }, i64, ptr }, ptr %0, i32 0, i32 4
  %10 = load ptr, ptr %9, align 8
  %11 = call i64 @penna_rt_thread_num()
  store i64 %11, ptr %t, align 8
  %12 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %13 = load i64, ptr %t, align 8
  %14 = load i64, ptr %t, align 8
  %mul = mul i64 %14, 10
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %12, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %15 = icmp slt i64 %13, 0
  %16 = add i64 %13, %dim
  %idx.wrap = select i1 %15, i64 %16, i64 %13
  %17 = mul nsw i64 %idx.wrap, 8
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %12, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %17
  store i64 %mul, ptr %elem.ptr, align 8
  call void @penna_rt_barrier()
  call void @penna_rt_critical_enter()
  %18 = load i64, ptr %10, align 8
  %19 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %20 = load i64, ptr %t, align 8
  %add = add i64 %20, 1
  %21 = call i64 @penna_rt_num_threads()
  %22 = icmp eq i64 %21, 0
  %unlikely = call i1 @llvm.expect.i1(i1 %22, i1 false)
  br i1 %unlikely, label %raise, label %ok

raise:                                            ; preds = %body
  %exc.field = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %4, i32 0, i32 0
  store i32 1, ptr %exc.field, align 4
  %exc.field1 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %4, i32 0, i32 1
  store i32 0, ptr %exc.field1, align 4
  %exc.field2 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %4, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field2, align 8
  %exc.field3 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %4, i32 0, i32 3
  store i64 34, ptr %exc.field3, align 8
  %exc.field4 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %4, i32 0, i32 4
  %23 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %meminfo5 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %23, 0
  call void @penna.decref(ptr %meminfo5)
  call void @penna_rt_critical_exit()
  ret i32 1

ok:                                               ; preds = %body
  %24 = icmp eq i64 %21, -1
  %25 = icmp eq i64 %add, -9223372036854775808
  %26 = and i1 %24, %25
  %unlikely6 = call i1 @llvm.expect.i1(i1 %26, i1 false)
  br i1 %unlikely6, label %div.end, label %div.exact

dead:                                             ; No predecessors!
  unreachable

div.exact:                                        ; preds = %ok
  %27 = sdiv i64 %add, %21
  %28 = srem i64 %add, %21
  %29 = icmp ne i64 %28, 0
  %30 = xor i64 %28, %21
  %31 = icmp slt i64 %30, 0
  %32 = and i1 %29, %31
  %33 = add i64 %28, %21
  %34 = select i1 %32, i64 %33, i64 %28
  br label %div.end

div.end:                                          ; preds = %div.exact, %ok
  %mod = phi i64 [ 0, %ok ], [ %34, %div.exact ]
  %shape7 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %19, 2
  %dim8 = extractvalue [1 x i64] %shape7, 0
  %35 = icmp slt i64 %mod, 0
  %36 = add i64 %mod, %dim8
  %idx.wrap9 = select i1 %35, i64 %36, i64 %mod
  %37 = mul nsw i64 %idx.wrap9, 8
  %data10 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %19, 1
  %elem.ptr11 = getelementptr inbounds i8, ptr %data10, i64 %37
  %elem = load i64, ptr %elem.ptr11, align 8
  %add12 = add i64 %18, %elem
  store i64 %add12, ptr %10, align 8
  call void @penna_rt_critical_exit()
  %38 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %meminfo13 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %38, 0
  call void @penna.decref(ptr %meminfo13)
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #1

; Function Attrs: noinline nounwind memory(argmem: readwrite)
define private void @penna.incref(ptr %0) #2 {
entry:
  %owned1 = icmp ne ptr %0, null
  br i1 %owned1, label %owned, label %done

owned:                                            ; preds = %entry
  %1 = atomicrmw add ptr %0, i64 1 monotonic, align 8
  br label %done

done:                                             ; preds = %owned, %entry
  ret void
}

declare i64 @penna_rt_thread_num()

declare void @penna_rt_barrier()

declare void @penna_rt_critical_enter()

declare i64 @penna_rt_num_threads()

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #3

; Function Attrs: noinline nounwind
define private void @penna.decref(ptr %0) #4 {
entry:
  %owned1 = icmp ne ptr %0, null
  br i1 %owned1, label %owned, label %done

owned:                                            ; preds = %entry
  %1 = atomicrmw sub ptr %0, i64 1 acq_rel, align 8
  %last = icmp eq i64 %1, 1
  br i1 %last, label %free, label %done

done:                                             ; preds = %free, %owned, %entry
  ret void

free:                                             ; preds = %owned
  call void @penna_rt_free(ptr %0)
  br label %done
}

declare void @penna_rt_free(ptr)

declare void @penna_rt_critical_exit()

declare i64 @penna_rt_team_size(i64)

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #5

declare i32 @penna_rt_parallel_for(ptr, ptr, i64, ptr, i64, i64, i32, i64, ptr)

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #5

; Function Attrs: nounwind
define i32 @golden.parallel.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr, align 8
  %call = call { i32, i64 } @team.0(ptr %2, { ptr, ptr, [1 x i64], [1 x i64] } %3)
  %status = extractvalue { i32, i64 } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = extractvalue { i32, i64 } %call, 1
  store i64 %result, ptr %1, align 8
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #2 = { noinline nounwind memory(argmem: readwrite) "target-cpu"="x86-64-v3" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #5 = { nocallback nofree nosync nounwind willreturn }

