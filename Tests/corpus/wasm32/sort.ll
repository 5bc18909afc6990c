; ModuleID = 'sort.c'
source_filename = "sort.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [17 x i8] c"insertion %d %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [27 x i8] c"quick %d %u min %d max %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"merge %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [22 x i8] c"heap %d %d median %d\0A\00", align 1
@rng_state = internal global i32 12345, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %7 = call ptr @malloc(i32 noundef 12000) #4
  store ptr %7, ptr %2, align 4
  %8 = call ptr @malloc(i32 noundef 12000) #4
  store ptr %8, ptr %3, align 4
  %9 = call ptr @malloc(i32 noundef 12000) #4
  store ptr %9, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %10

10:                                               ; preds = %19, %0
  %11 = load i32, ptr %5, align 4
  %12 = icmp slt i32 %11, 3000
  br i1 %12, label %13, label %22

13:                                               ; preds = %10
  %14 = call i32 @rng()
  %15 = sub nsw i32 %14, 16384
  %16 = load ptr, ptr %2, align 4
  %17 = load i32, ptr %5, align 4
  %18 = getelementptr inbounds i32, ptr %16, i32 %17
  store i32 %15, ptr %18, align 4
  br label %19

19:                                               ; preds = %13
  %20 = load i32, ptr %5, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %5, align 4
  br label %10, !llvm.loop !2

22:                                               ; preds = %10
  %23 = load ptr, ptr %3, align 4
  %24 = load ptr, ptr %2, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %23, ptr align 4 %24, i32 2000, i1 false)
  %25 = load ptr, ptr %3, align 4
  call void @insertion(ptr noundef %25, i32 noundef 500)
  %26 = load ptr, ptr %3, align 4
  %27 = call i32 @sorted(ptr noundef %26, i32 noundef 500)
  %28 = load ptr, ptr %3, align 4
  %29 = call i32 @checksum(ptr noundef %28, i32 noundef 500)
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %27, i32 noundef %29)
  %31 = load ptr, ptr %3, align 4
  %32 = load ptr, ptr %2, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %31, ptr align 4 %32, i32 12000, i1 false)
  %33 = load ptr, ptr %3, align 4
  call void @quick(ptr noundef %33, i32 noundef 0, i32 noundef 2999)
  %34 = load ptr, ptr %3, align 4
  %35 = call i32 @checksum(ptr noundef %34, i32 noundef 3000)
  store i32 %35, ptr %6, align 4
  %36 = load ptr, ptr %3, align 4
  %37 = call i32 @sorted(ptr noundef %36, i32 noundef 3000)
  %38 = load i32, ptr %6, align 4
  %39 = load ptr, ptr %3, align 4
  %40 = getelementptr inbounds i32, ptr %39, i32 0
  %41 = load i32, ptr %40, align 4
  %42 = load ptr, ptr %3, align 4
  %43 = getelementptr inbounds i32, ptr %42, i32 2999
  %44 = load i32, ptr %43, align 4
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %37, i32 noundef %38, i32 noundef %41, i32 noundef %44)
  %46 = load ptr, ptr %3, align 4
  %47 = load ptr, ptr %2, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %46, ptr align 4 %47, i32 12000, i1 false)
  %48 = load ptr, ptr %3, align 4
  %49 = load ptr, ptr %4, align 4
  call void @merge_sort(ptr noundef %48, ptr noundef %49, i32 noundef 3000)
  %50 = load ptr, ptr %3, align 4
  %51 = call i32 @sorted(ptr noundef %50, i32 noundef 3000)
  %52 = load ptr, ptr %3, align 4
  %53 = call i32 @checksum(ptr noundef %52, i32 noundef 3000)
  %54 = load i32, ptr %6, align 4
  %55 = icmp eq i32 %53, %54
  %56 = zext i1 %55 to i32
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %51, i32 noundef %56)
  %58 = load ptr, ptr %3, align 4
  %59 = load ptr, ptr %2, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %58, ptr align 4 %59, i32 12000, i1 false)
  %60 = load ptr, ptr %3, align 4
  call void @heap_sort(ptr noundef %60, i32 noundef 3000)
  %61 = load ptr, ptr %3, align 4
  %62 = call i32 @sorted(ptr noundef %61, i32 noundef 3000)
  %63 = load ptr, ptr %3, align 4
  %64 = call i32 @checksum(ptr noundef %63, i32 noundef 3000)
  %65 = load i32, ptr %6, align 4
  %66 = icmp eq i32 %64, %65
  %67 = zext i1 %66 to i32
  %68 = load ptr, ptr %3, align 4
  %69 = getelementptr inbounds i32, ptr %68, i32 1500
  %70 = load i32, ptr %69, align 4
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %62, i32 noundef %67, i32 noundef %70)
  %72 = load ptr, ptr %2, align 4
  call void @free(ptr noundef %72)
  %73 = load ptr, ptr %3, align 4
  call void @free(ptr noundef %73)
  %74 = load ptr, ptr %4, align 4
  call void @free(ptr noundef %74)
  %75 = load i32, ptr %6, align 4
  %76 = urem i32 %75, 128
  ret i32 %76
}

; Function Attrs: allocsize(0)
declare ptr @malloc(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @rng() #0 {
  %1 = load i32, ptr @rng_state, align 4
  %2 = mul i32 %1, 1103515245
  %3 = add i32 %2, 12345
  store i32 %3, ptr @rng_state, align 4
  %4 = load i32, ptr @rng_state, align 4
  %5 = lshr i32 %4, 16
  %6 = and i32 %5, 32767
  ret i32 %6
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal void @insertion(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  store i32 1, ptr %5, align 4
  br label %8

8:                                                ; preds = %48, %2
  %9 = load i32, ptr %5, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %51

12:                                               ; preds = %8
  %13 = load ptr, ptr %3, align 4
  %14 = load i32, ptr %5, align 4
  %15 = getelementptr inbounds i32, ptr %13, i32 %14
  %16 = load i32, ptr %15, align 4
  store i32 %16, ptr %6, align 4
  %17 = load i32, ptr %5, align 4
  %18 = sub nsw i32 %17, 1
  store i32 %18, ptr %7, align 4
  br label %19

19:                                               ; preds = %31, %12
  %20 = load i32, ptr %7, align 4
  %21 = icmp sge i32 %20, 0
  br i1 %21, label %22, label %29

22:                                               ; preds = %19
  %23 = load ptr, ptr %3, align 4
  %24 = load i32, ptr %7, align 4
  %25 = getelementptr inbounds i32, ptr %23, i32 %24
  %26 = load i32, ptr %25, align 4
  %27 = load i32, ptr %6, align 4
  %28 = icmp sgt i32 %26, %27
  br label %29

29:                                               ; preds = %22, %19
  %30 = phi i1 [ false, %19 ], [ %28, %22 ]
  br i1 %30, label %31, label %42

31:                                               ; preds = %29
  %32 = load ptr, ptr %3, align 4
  %33 = load i32, ptr %7, align 4
  %34 = getelementptr inbounds i32, ptr %32, i32 %33
  %35 = load i32, ptr %34, align 4
  %36 = load ptr, ptr %3, align 4
  %37 = load i32, ptr %7, align 4
  %38 = add nsw i32 %37, 1
  %39 = getelementptr inbounds i32, ptr %36, i32 %38
  store i32 %35, ptr %39, align 4
  %40 = load i32, ptr %7, align 4
  %41 = add nsw i32 %40, -1
  store i32 %41, ptr %7, align 4
  br label %19, !llvm.loop !4

42:                                               ; preds = %29
  %43 = load i32, ptr %6, align 4
  %44 = load ptr, ptr %3, align 4
  %45 = load i32, ptr %7, align 4
  %46 = add nsw i32 %45, 1
  %47 = getelementptr inbounds i32, ptr %44, i32 %46
  store i32 %43, ptr %47, align 4
  br label %48

48:                                               ; preds = %42
  %49 = load i32, ptr %5, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %5, align 4
  br label %8, !llvm.loop !5

51:                                               ; preds = %8
  ret void
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: noinline nounwind optnone
define internal i32 @sorted(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 1, ptr %6, align 4
  br label %7

7:                                                ; preds = %24, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %5, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %27

11:                                               ; preds = %7
  %12 = load ptr, ptr %4, align 4
  %13 = load i32, ptr %6, align 4
  %14 = sub nsw i32 %13, 1
  %15 = getelementptr inbounds i32, ptr %12, i32 %14
  %16 = load i32, ptr %15, align 4
  %17 = load ptr, ptr %4, align 4
  %18 = load i32, ptr %6, align 4
  %19 = getelementptr inbounds i32, ptr %17, i32 %18
  %20 = load i32, ptr %19, align 4
  %21 = icmp sgt i32 %16, %20
  br i1 %21, label %22, label %23

22:                                               ; preds = %11
  store i32 0, ptr %3, align 4
  br label %28

23:                                               ; preds = %11
  br label %24

24:                                               ; preds = %23
  %25 = load i32, ptr %6, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %6, align 4
  br label %7, !llvm.loop !6

27:                                               ; preds = %7
  store i32 1, ptr %3, align 4
  br label %28

28:                                               ; preds = %27, %22
  %29 = load i32, ptr %3, align 4
  ret i32 %29
}

; Function Attrs: noinline nounwind optnone
define internal i32 @checksum(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %19, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %22

11:                                               ; preds = %7
  %12 = load i32, ptr %5, align 4
  %13 = mul i32 %12, 31
  %14 = load ptr, ptr %3, align 4
  %15 = load i32, ptr %6, align 4
  %16 = getelementptr inbounds i32, ptr %14, i32 %15
  %17 = load i32, ptr %16, align 4
  %18 = add i32 %13, %17
  store i32 %18, ptr %5, align 4
  br label %19

19:                                               ; preds = %11
  %20 = load i32, ptr %6, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %6, align 4
  br label %7, !llvm.loop !7

22:                                               ; preds = %7
  %23 = load i32, ptr %5, align 4
  ret i32 %23
}

; Function Attrs: noinline nounwind optnone
define internal void @quick(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  br label %11

11:                                               ; preds = %94, %3
  %12 = load i32, ptr %5, align 4
  %13 = load i32, ptr %6, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %95

15:                                               ; preds = %11
  %16 = load ptr, ptr %4, align 4
  %17 = load i32, ptr %5, align 4
  %18 = load i32, ptr %6, align 4
  %19 = add nsw i32 %17, %18
  %20 = sdiv i32 %19, 2
  %21 = getelementptr inbounds i32, ptr %16, i32 %20
  %22 = load i32, ptr %21, align 4
  store i32 %22, ptr %7, align 4
  %23 = load i32, ptr %5, align 4
  store i32 %23, ptr %8, align 4
  %24 = load i32, ptr %6, align 4
  store i32 %24, ptr %9, align 4
  br label %25

25:                                               ; preds = %75, %15
  %26 = load i32, ptr %8, align 4
  %27 = load i32, ptr %9, align 4
  %28 = icmp sle i32 %26, %27
  br i1 %28, label %29, label %76

29:                                               ; preds = %25
  br label %30

30:                                               ; preds = %37, %29
  %31 = load ptr, ptr %4, align 4
  %32 = load i32, ptr %8, align 4
  %33 = getelementptr inbounds i32, ptr %31, i32 %32
  %34 = load i32, ptr %33, align 4
  %35 = load i32, ptr %7, align 4
  %36 = icmp slt i32 %34, %35
  br i1 %36, label %37, label %40

37:                                               ; preds = %30
  %38 = load i32, ptr %8, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %8, align 4
  br label %30, !llvm.loop !8

40:                                               ; preds = %30
  br label %41

41:                                               ; preds = %48, %40
  %42 = load ptr, ptr %4, align 4
  %43 = load i32, ptr %9, align 4
  %44 = getelementptr inbounds i32, ptr %42, i32 %43
  %45 = load i32, ptr %44, align 4
  %46 = load i32, ptr %7, align 4
  %47 = icmp sgt i32 %45, %46
  br i1 %47, label %48, label %51

48:                                               ; preds = %41
  %49 = load i32, ptr %9, align 4
  %50 = add nsw i32 %49, -1
  store i32 %50, ptr %9, align 4
  br label %41, !llvm.loop !9

51:                                               ; preds = %41
  %52 = load i32, ptr %8, align 4
  %53 = load i32, ptr %9, align 4
  %54 = icmp sle i32 %52, %53
  br i1 %54, label %55, label %75

55:                                               ; preds = %51
  %56 = load ptr, ptr %4, align 4
  %57 = load i32, ptr %8, align 4
  %58 = getelementptr inbounds i32, ptr %56, i32 %57
  %59 = load i32, ptr %58, align 4
  store i32 %59, ptr %10, align 4
  %60 = load ptr, ptr %4, align 4
  %61 = load i32, ptr %9, align 4
  %62 = getelementptr inbounds i32, ptr %60, i32 %61
  %63 = load i32, ptr %62, align 4
  %64 = load ptr, ptr %4, align 4
  %65 = load i32, ptr %8, align 4
  %66 = getelementptr inbounds i32, ptr %64, i32 %65
  store i32 %63, ptr %66, align 4
  %67 = load i32, ptr %10, align 4
  %68 = load ptr, ptr %4, align 4
  %69 = load i32, ptr %9, align 4
  %70 = getelementptr inbounds i32, ptr %68, i32 %69
  store i32 %67, ptr %70, align 4
  %71 = load i32, ptr %8, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %8, align 4
  %73 = load i32, ptr %9, align 4
  %74 = add nsw i32 %73, -1
  store i32 %74, ptr %9, align 4
  br label %75

75:                                               ; preds = %55, %51
  br label %25, !llvm.loop !10

76:                                               ; preds = %25
  %77 = load i32, ptr %9, align 4
  %78 = load i32, ptr %5, align 4
  %79 = sub nsw i32 %77, %78
  %80 = load i32, ptr %6, align 4
  %81 = load i32, ptr %8, align 4
  %82 = sub nsw i32 %80, %81
  %83 = icmp slt i32 %79, %82
  br i1 %83, label %84, label %89

84:                                               ; preds = %76
  %85 = load ptr, ptr %4, align 4
  %86 = load i32, ptr %5, align 4
  %87 = load i32, ptr %9, align 4
  call void @quick(ptr noundef %85, i32 noundef %86, i32 noundef %87)
  %88 = load i32, ptr %8, align 4
  store i32 %88, ptr %5, align 4
  br label %94

89:                                               ; preds = %76
  %90 = load ptr, ptr %4, align 4
  %91 = load i32, ptr %8, align 4
  %92 = load i32, ptr %6, align 4
  call void @quick(ptr noundef %90, i32 noundef %91, i32 noundef %92)
  %93 = load i32, ptr %9, align 4
  store i32 %93, ptr %6, align 4
  br label %94

94:                                               ; preds = %89, %84
  br label %11, !llvm.loop !11

95:                                               ; preds = %11
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %11 = load i32, ptr %6, align 4
  %12 = icmp slt i32 %11, 2
  br i1 %12, label %13, label %14

13:                                               ; preds = %3
  br label %101

14:                                               ; preds = %3
  %15 = load i32, ptr %6, align 4
  %16 = sdiv i32 %15, 2
  store i32 %16, ptr %7, align 4
  %17 = load ptr, ptr %4, align 4
  %18 = load ptr, ptr %5, align 4
  %19 = load i32, ptr %7, align 4
  call void @merge_sort(ptr noundef %17, ptr noundef %18, i32 noundef %19)
  %20 = load ptr, ptr %4, align 4
  %21 = load i32, ptr %7, align 4
  %22 = getelementptr inbounds i32, ptr %20, i32 %21
  %23 = load ptr, ptr %5, align 4
  %24 = load i32, ptr %6, align 4
  %25 = load i32, ptr %7, align 4
  %26 = sub nsw i32 %24, %25
  call void @merge_sort(ptr noundef %22, ptr noundef %23, i32 noundef %26)
  store i32 0, ptr %8, align 4
  %27 = load i32, ptr %7, align 4
  store i32 %27, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %28

28:                                               ; preds = %60, %14
  %29 = load i32, ptr %8, align 4
  %30 = load i32, ptr %7, align 4
  %31 = icmp slt i32 %29, %30
  br i1 %31, label %32, label %36

32:                                               ; preds = %28
  %33 = load i32, ptr %9, align 4
  %34 = load i32, ptr %6, align 4
  %35 = icmp slt i32 %33, %34
  br label %36

36:                                               ; preds = %32, %28
  %37 = phi i1 [ false, %28 ], [ %35, %32 ]
  br i1 %37, label %38, label %66

38:                                               ; preds = %36
  %39 = load ptr, ptr %4, align 4
  %40 = load i32, ptr %8, align 4
  %41 = getelementptr inbounds i32, ptr %39, i32 %40
  %42 = load i32, ptr %41, align 4
  %43 = load ptr, ptr %4, align 4
  %44 = load i32, ptr %9, align 4
  %45 = getelementptr inbounds i32, ptr %43, i32 %44
  %46 = load i32, ptr %45, align 4
  %47 = icmp sle i32 %42, %46
  br i1 %47, label %48, label %54

48:                                               ; preds = %38
  %49 = load ptr, ptr %4, align 4
  %50 = load i32, ptr %8, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %8, align 4
  %52 = getelementptr inbounds i32, ptr %49, i32 %50
  %53 = load i32, ptr %52, align 4
  br label %60

54:                                               ; preds = %38
  %55 = load ptr, ptr %4, align 4
  %56 = load i32, ptr %9, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %9, align 4
  %58 = getelementptr inbounds i32, ptr %55, i32 %56
  %59 = load i32, ptr %58, align 4
  br label %60

60:                                               ; preds = %54, %48
  %61 = phi i32 [ %53, %48 ], [ %59, %54 ]
  %62 = load ptr, ptr %5, align 4
  %63 = load i32, ptr %10, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %10, align 4
  %65 = getelementptr inbounds i32, ptr %62, i32 %63
  store i32 %61, ptr %65, align 4
  br label %28, !llvm.loop !12

66:                                               ; preds = %36
  br label %67

67:                                               ; preds = %71, %66
  %68 = load i32, ptr %8, align 4
  %69 = load i32, ptr %7, align 4
  %70 = icmp slt i32 %68, %69
  br i1 %70, label %71, label %81

71:                                               ; preds = %67
  %72 = load ptr, ptr %4, align 4
  %73 = load i32, ptr %8, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %8, align 4
  %75 = getelementptr inbounds i32, ptr %72, i32 %73
  %76 = load i32, ptr %75, align 4
  %77 = load ptr, ptr %5, align 4
  %78 = load i32, ptr %10, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %10, align 4
  %80 = getelementptr inbounds i32, ptr %77, i32 %78
  store i32 %76, ptr %80, align 4
  br label %67, !llvm.loop !13

81:                                               ; preds = %67
  br label %82

82:                                               ; preds = %86, %81
  %83 = load i32, ptr %9, align 4
  %84 = load i32, ptr %6, align 4
  %85 = icmp slt i32 %83, %84
  br i1 %85, label %86, label %96

86:                                               ; preds = %82
  %87 = load ptr, ptr %4, align 4
  %88 = load i32, ptr %9, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %9, align 4
  %90 = getelementptr inbounds i32, ptr %87, i32 %88
  %91 = load i32, ptr %90, align 4
  %92 = load ptr, ptr %5, align 4
  %93 = load i32, ptr %10, align 4
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %10, align 4
  %95 = getelementptr inbounds i32, ptr %92, i32 %93
  store i32 %91, ptr %95, align 4
  br label %82, !llvm.loop !14

96:                                               ; preds = %82
  %97 = load ptr, ptr %4, align 4
  %98 = load ptr, ptr %5, align 4
  %99 = load i32, ptr %6, align 4
  %100 = mul i32 %99, 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %97, ptr align 4 %98, i32 %100, i1 false)
  br label %101

101:                                              ; preds = %96, %13
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @heap_sort(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %8 = load i32, ptr %4, align 4
  %9 = sdiv i32 %8, 2
  %10 = sub nsw i32 %9, 1
  store i32 %10, ptr %5, align 4
  br label %11

11:                                               ; preds = %18, %2
  %12 = load i32, ptr %5, align 4
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %14, label %21

14:                                               ; preds = %11
  %15 = load ptr, ptr %3, align 4
  %16 = load i32, ptr %5, align 4
  %17 = load i32, ptr %4, align 4
  call void @sift(ptr noundef %15, i32 noundef %16, i32 noundef %17)
  br label %18

18:                                               ; preds = %14
  %19 = load i32, ptr %5, align 4
  %20 = add nsw i32 %19, -1
  store i32 %20, ptr %5, align 4
  br label %11, !llvm.loop !15

21:                                               ; preds = %11
  %22 = load i32, ptr %4, align 4
  %23 = sub nsw i32 %22, 1
  store i32 %23, ptr %6, align 4
  br label %24

24:                                               ; preds = %43, %21
  %25 = load i32, ptr %6, align 4
  %26 = icmp sgt i32 %25, 0
  br i1 %26, label %27, label %46

27:                                               ; preds = %24
  %28 = load ptr, ptr %3, align 4
  %29 = getelementptr inbounds i32, ptr %28, i32 0
  %30 = load i32, ptr %29, align 4
  store i32 %30, ptr %7, align 4
  %31 = load ptr, ptr %3, align 4
  %32 = load i32, ptr %6, align 4
  %33 = getelementptr inbounds i32, ptr %31, i32 %32
  %34 = load i32, ptr %33, align 4
  %35 = load ptr, ptr %3, align 4
  %36 = getelementptr inbounds i32, ptr %35, i32 0
  store i32 %34, ptr %36, align 4
  %37 = load i32, ptr %7, align 4
  %38 = load ptr, ptr %3, align 4
  %39 = load i32, ptr %6, align 4
  %40 = getelementptr inbounds i32, ptr %38, i32 %39
  store i32 %37, ptr %40, align 4
  %41 = load ptr, ptr %3, align 4
  %42 = load i32, ptr %6, align 4
  call void @sift(ptr noundef %41, i32 noundef 0, i32 noundef %42)
  br label %43

43:                                               ; preds = %27
  %44 = load i32, ptr %6, align 4
  %45 = add nsw i32 %44, -1
  store i32 %45, ptr %6, align 4
  br label %24, !llvm.loop !16

46:                                               ; preds = %24
  ret void
}

declare void @free(ptr noundef) #3

; Function Attrs: noinline nounwind optnone
define internal void @sift(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  br label %10

10:                                               ; preds = %54, %3
  %11 = load i32, ptr %5, align 4
  %12 = mul nsw i32 2, %11
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr %7, align 4
  %14 = load i32, ptr %5, align 4
  store i32 %14, ptr %8, align 4
  %15 = load i32, ptr %7, align 4
  %16 = load i32, ptr %6, align 4
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %18, label %30

18:                                               ; preds = %10
  %19 = load ptr, ptr %4, align 4
  %20 = load i32, ptr %7, align 4
  %21 = getelementptr inbounds i32, ptr %19, i32 %20
  %22 = load i32, ptr %21, align 4
  %23 = load ptr, ptr %4, align 4
  %24 = load i32, ptr %8, align 4
  %25 = getelementptr inbounds i32, ptr %23, i32 %24
  %26 = load i32, ptr %25, align 4
  %27 = icmp sgt i32 %22, %26
  br i1 %27, label %28, label %30

28:                                               ; preds = %18
  %29 = load i32, ptr %7, align 4
  store i32 %29, ptr %8, align 4
  br label %30

30:                                               ; preds = %28, %18, %10
  %31 = load i32, ptr %7, align 4
  %32 = add nsw i32 %31, 1
  %33 = load i32, ptr %6, align 4
  %34 = icmp slt i32 %32, %33
  br i1 %34, label %35, label %49

35:                                               ; preds = %30
  %36 = load ptr, ptr %4, align 4
  %37 = load i32, ptr %7, align 4
  %38 = add nsw i32 %37, 1
  %39 = getelementptr inbounds i32, ptr %36, i32 %38
  %40 = load i32, ptr %39, align 4
  %41 = load ptr, ptr %4, align 4
  %42 = load i32, ptr %8, align 4
  %43 = getelementptr inbounds i32, ptr %41, i32 %42
  %44 = load i32, ptr %43, align 4
  %45 = icmp sgt i32 %40, %44
  br i1 %45, label %46, label %49

46:                                               ; preds = %35
  %47 = load i32, ptr %7, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %8, align 4
  br label %49

49:                                               ; preds = %46, %35, %30
  %50 = load i32, ptr %8, align 4
  %51 = load i32, ptr %5, align 4
  %52 = icmp eq i32 %50, %51
  br i1 %52, label %53, label %54

53:                                               ; preds = %49
  ret void

54:                                               ; preds = %49
  %55 = load ptr, ptr %4, align 4
  %56 = load i32, ptr %5, align 4
  %57 = getelementptr inbounds i32, ptr %55, i32 %56
  %58 = load i32, ptr %57, align 4
  store i32 %58, ptr %9, align 4
  %59 = load ptr, ptr %4, align 4
  %60 = load i32, ptr %8, align 4
  %61 = getelementptr inbounds i32, ptr %59, i32 %60
  %62 = load i32, ptr %61, align 4
  %63 = load ptr, ptr %4, align 4
  %64 = load i32, ptr %5, align 4
  %65 = getelementptr inbounds i32, ptr %63, i32 %64
  store i32 %62, ptr %65, align 4
  %66 = load i32, ptr %9, align 4
  %67 = load ptr, ptr %4, align 4
  %68 = load i32, ptr %8, align 4
  %69 = getelementptr inbounds i32, ptr %67, i32 %68
  store i32 %66, ptr %69, align 4
  %70 = load i32, ptr %8, align 4
  store i32 %70, ptr %5, align 4
  br label %10
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #4 = { allocsize(0) }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
!6 = distinct !{!6, !3}
!7 = distinct !{!7, !3}
!8 = distinct !{!8, !3}
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
!12 = distinct !{!12, !3}
!13 = distinct !{!13, !3}
!14 = distinct !{!14, !3}
!15 = distinct !{!15, !3}
!16 = distinct !{!16, !3}
