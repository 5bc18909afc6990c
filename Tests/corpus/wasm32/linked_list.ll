; ModuleID = 'linked_list.c'
source_filename = "linked_list.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Vec = type { ptr, i32, i32 }
%struct.Node = type { i32, ptr }
%struct.Tree = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [5 x i8] c"list\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"rev\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"sorted\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"odd\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"tree nodes %d height %d acc %lld\0A\00", align 1
@.str.5 = private unnamed_addr constant [28 x i8] c"vec len %d cap %d sum %lld\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"%s:\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.8 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca %struct.Vec, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store ptr null, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %13

13:                                               ; preds = %22, %0
  %14 = load i32, ptr %3, align 4
  %15 = icmp slt i32 %14, 12
  br i1 %15, label %16, label %25

16:                                               ; preds = %13
  %17 = load ptr, ptr %2, align 4
  %18 = load i32, ptr %3, align 4
  %19 = mul nsw i32 %18, 37
  %20 = srem i32 %19, 23
  %21 = call ptr @push(ptr noundef %17, i32 noundef %20)
  store ptr %21, ptr %2, align 4
  br label %22

22:                                               ; preds = %16
  %23 = load i32, ptr %3, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %3, align 4
  br label %13, !llvm.loop !2

25:                                               ; preds = %13
  %26 = load ptr, ptr %2, align 4
  call void @print_list(ptr noundef @.str, ptr noundef %26)
  %27 = load ptr, ptr %2, align 4
  %28 = call ptr @reverse(ptr noundef %27)
  store ptr %28, ptr %2, align 4
  %29 = load ptr, ptr %2, align 4
  call void @print_list(ptr noundef @.str.1, ptr noundef %29)
  %30 = load ptr, ptr %2, align 4
  %31 = call ptr @msort(ptr noundef %30)
  store ptr %31, ptr %2, align 4
  %32 = load ptr, ptr %2, align 4
  call void @print_list(ptr noundef @.str.2, ptr noundef %32)
  %33 = load ptr, ptr %2, align 4
  %34 = call ptr @remove_if_even(ptr noundef %33)
  store ptr %34, ptr %2, align 4
  %35 = load ptr, ptr %2, align 4
  call void @print_list(ptr noundef @.str.3, ptr noundef %35)
  %36 = load ptr, ptr %2, align 4
  call void @free_list(ptr noundef %36)
  store ptr null, ptr %4, align 4
  store i32 7, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %37

37:                                               ; preds = %49, %25
  %38 = load i32, ptr %6, align 4
  %39 = icmp slt i32 %38, 500
  br i1 %39, label %40, label %52

40:                                               ; preds = %37
  %41 = load i32, ptr %5, align 4
  %42 = mul i32 %41, 1664525
  %43 = add i32 %42, 1013904223
  store i32 %43, ptr %5, align 4
  %44 = load ptr, ptr %4, align 4
  %45 = load i32, ptr %5, align 4
  %46 = lshr i32 %45, 20
  %47 = srem i32 %46, 300
  %48 = call ptr @insert(ptr noundef %44, i32 noundef %47)
  store ptr %48, ptr %4, align 4
  br label %49

49:                                               ; preds = %40
  %50 = load i32, ptr %6, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %6, align 4
  br label %37, !llvm.loop !4

52:                                               ; preds = %37
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  %53 = load ptr, ptr %4, align 4
  call void @walk(ptr noundef %53, ptr noundef %7, ptr noundef %8)
  %54 = load i32, ptr %8, align 4
  %55 = load ptr, ptr %4, align 4
  %56 = call i32 @height(ptr noundef %55)
  %57 = load i64, ptr %7, align 8
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %54, i32 noundef %56, i64 noundef %57)
  %59 = load ptr, ptr %4, align 4
  call void @free_tree(ptr noundef %59)
  call void @llvm.memset.p0.i32(ptr align 4 %9, i8 0, i32 12, i1 false)
  store i32 0, ptr %10, align 4
  br label %60

60:                                               ; preds = %68, %52
  %61 = load i32, ptr %10, align 4
  %62 = icmp slt i32 %61, 1000
  br i1 %62, label %63, label %71

63:                                               ; preds = %60
  %64 = load i32, ptr %10, align 4
  %65 = load i32, ptr %10, align 4
  %66 = mul nsw i32 %64, %65
  %67 = srem i32 %66, 1009
  call void @vpush(ptr noundef %9, i32 noundef %67)
  br label %68

68:                                               ; preds = %63
  %69 = load i32, ptr %10, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %10, align 4
  br label %60, !llvm.loop !5

71:                                               ; preds = %60
  store i64 0, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %72

72:                                               ; preds = %86, %71
  %73 = load i32, ptr %12, align 4
  %74 = getelementptr inbounds nuw %struct.Vec, ptr %9, i32 0, i32 1
  %75 = load i32, ptr %74, align 4
  %76 = icmp slt i32 %73, %75
  br i1 %76, label %77, label %89

77:                                               ; preds = %72
  %78 = getelementptr inbounds nuw %struct.Vec, ptr %9, i32 0, i32 0
  %79 = load ptr, ptr %78, align 4
  %80 = load i32, ptr %12, align 4
  %81 = getelementptr inbounds i32, ptr %79, i32 %80
  %82 = load i32, ptr %81, align 4
  %83 = sext i32 %82 to i64
  %84 = load i64, ptr %11, align 8
  %85 = add nsw i64 %84, %83
  store i64 %85, ptr %11, align 8
  br label %86

86:                                               ; preds = %77
  %87 = load i32, ptr %12, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %12, align 4
  br label %72, !llvm.loop !6

89:                                               ; preds = %72
  %90 = getelementptr inbounds nuw %struct.Vec, ptr %9, i32 0, i32 1
  %91 = load i32, ptr %90, align 4
  %92 = getelementptr inbounds nuw %struct.Vec, ptr %9, i32 0, i32 2
  %93 = load i32, ptr %92, align 4
  %94 = load i64, ptr %11, align 8
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %91, i32 noundef %93, i64 noundef %94)
  %96 = getelementptr inbounds nuw %struct.Vec, ptr %9, i32 0, i32 0
  %97 = load ptr, ptr %96, align 4
  call void @free(ptr noundef %97)
  %98 = load i32, ptr %8, align 4
  %99 = srem i32 %98, 64
  ret i32 %99
}

; Function Attrs: noinline nounwind optnone
define internal ptr @push(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %6 = call ptr @malloc(i32 noundef 8) #4
  store ptr %6, ptr %5, align 4
  %7 = load i32, ptr %4, align 4
  %8 = load ptr, ptr %5, align 4
  %9 = getelementptr inbounds nuw %struct.Node, ptr %8, i32 0, i32 0
  store i32 %7, ptr %9, align 4
  %10 = load ptr, ptr %3, align 4
  %11 = load ptr, ptr %5, align 4
  %12 = getelementptr inbounds nuw %struct.Node, ptr %11, i32 0, i32 1
  store ptr %10, ptr %12, align 4
  %13 = load ptr, ptr %5, align 4
  ret ptr %13
}

; Function Attrs: noinline nounwind optnone
define internal void @print_list(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, ptr noundef %5)
  br label %7

7:                                                ; preds = %15, %2
  %8 = load ptr, ptr %4, align 4
  %9 = icmp ne ptr %8, null
  br i1 %9, label %10, label %19

10:                                               ; preds = %7
  %11 = load ptr, ptr %4, align 4
  %12 = getelementptr inbounds nuw %struct.Node, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %12, align 4
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %13)
  br label %15

15:                                               ; preds = %10
  %16 = load ptr, ptr %4, align 4
  %17 = getelementptr inbounds nuw %struct.Node, ptr %16, i32 0, i32 1
  %18 = load ptr, ptr %17, align 4
  store ptr %18, ptr %4, align 4
  br label %7, !llvm.loop !7

19:                                               ; preds = %7
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.8)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal ptr @reverse(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  store ptr null, ptr %3, align 4
  br label %5

5:                                                ; preds = %8, %1
  %6 = load ptr, ptr %2, align 4
  %7 = icmp ne ptr %6, null
  br i1 %7, label %8, label %17

8:                                                ; preds = %5
  %9 = load ptr, ptr %2, align 4
  %10 = getelementptr inbounds nuw %struct.Node, ptr %9, i32 0, i32 1
  %11 = load ptr, ptr %10, align 4
  store ptr %11, ptr %4, align 4
  %12 = load ptr, ptr %3, align 4
  %13 = load ptr, ptr %2, align 4
  %14 = getelementptr inbounds nuw %struct.Node, ptr %13, i32 0, i32 1
  store ptr %12, ptr %14, align 4
  %15 = load ptr, ptr %2, align 4
  store ptr %15, ptr %3, align 4
  %16 = load ptr, ptr %4, align 4
  store ptr %16, ptr %2, align 4
  br label %5, !llvm.loop !8

17:                                               ; preds = %5
  %18 = load ptr, ptr %3, align 4
  ret ptr %18
}

; Function Attrs: noinline nounwind optnone
define internal ptr @msort(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  %7 = load ptr, ptr %3, align 4
  %8 = icmp ne ptr %7, null
  br i1 %8, label %9, label %14

9:                                                ; preds = %1
  %10 = load ptr, ptr %3, align 4
  %11 = getelementptr inbounds nuw %struct.Node, ptr %10, i32 0, i32 1
  %12 = load ptr, ptr %11, align 4
  %13 = icmp ne ptr %12, null
  br i1 %13, label %16, label %14

14:                                               ; preds = %9, %1
  %15 = load ptr, ptr %3, align 4
  store ptr %15, ptr %2, align 4
  br label %51

16:                                               ; preds = %9
  %17 = load ptr, ptr %3, align 4
  store ptr %17, ptr %4, align 4
  %18 = load ptr, ptr %3, align 4
  %19 = getelementptr inbounds nuw %struct.Node, ptr %18, i32 0, i32 1
  %20 = load ptr, ptr %19, align 4
  store ptr %20, ptr %5, align 4
  br label %21

21:                                               ; preds = %31, %16
  %22 = load ptr, ptr %5, align 4
  %23 = icmp ne ptr %22, null
  br i1 %23, label %24, label %29

24:                                               ; preds = %21
  %25 = load ptr, ptr %5, align 4
  %26 = getelementptr inbounds nuw %struct.Node, ptr %25, i32 0, i32 1
  %27 = load ptr, ptr %26, align 4
  %28 = icmp ne ptr %27, null
  br label %29

29:                                               ; preds = %24, %21
  %30 = phi i1 [ false, %21 ], [ %28, %24 ]
  br i1 %30, label %31, label %40

31:                                               ; preds = %29
  %32 = load ptr, ptr %4, align 4
  %33 = getelementptr inbounds nuw %struct.Node, ptr %32, i32 0, i32 1
  %34 = load ptr, ptr %33, align 4
  store ptr %34, ptr %4, align 4
  %35 = load ptr, ptr %5, align 4
  %36 = getelementptr inbounds nuw %struct.Node, ptr %35, i32 0, i32 1
  %37 = load ptr, ptr %36, align 4
  %38 = getelementptr inbounds nuw %struct.Node, ptr %37, i32 0, i32 1
  %39 = load ptr, ptr %38, align 4
  store ptr %39, ptr %5, align 4
  br label %21, !llvm.loop !9

40:                                               ; preds = %29
  %41 = load ptr, ptr %4, align 4
  %42 = getelementptr inbounds nuw %struct.Node, ptr %41, i32 0, i32 1
  %43 = load ptr, ptr %42, align 4
  store ptr %43, ptr %6, align 4
  %44 = load ptr, ptr %4, align 4
  %45 = getelementptr inbounds nuw %struct.Node, ptr %44, i32 0, i32 1
  store ptr null, ptr %45, align 4
  %46 = load ptr, ptr %3, align 4
  %47 = call ptr @msort(ptr noundef %46)
  %48 = load ptr, ptr %6, align 4
  %49 = call ptr @msort(ptr noundef %48)
  %50 = call ptr @merge(ptr noundef %47, ptr noundef %49)
  store ptr %50, ptr %2, align 4
  br label %51

51:                                               ; preds = %40, %14
  %52 = load ptr, ptr %2, align 4
  ret ptr %52
}

; Function Attrs: noinline nounwind optnone
define internal ptr @remove_if_even(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  store ptr %2, ptr %3, align 4
  br label %5

5:                                                ; preds = %28, %1
  %6 = load ptr, ptr %3, align 4
  %7 = load ptr, ptr %6, align 4
  %8 = icmp ne ptr %7, null
  br i1 %8, label %9, label %29

9:                                                ; preds = %5
  %10 = load ptr, ptr %3, align 4
  %11 = load ptr, ptr %10, align 4
  %12 = getelementptr inbounds nuw %struct.Node, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %12, align 4
  %14 = srem i32 %13, 2
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %24

16:                                               ; preds = %9
  %17 = load ptr, ptr %3, align 4
  %18 = load ptr, ptr %17, align 4
  store ptr %18, ptr %4, align 4
  %19 = load ptr, ptr %4, align 4
  %20 = getelementptr inbounds nuw %struct.Node, ptr %19, i32 0, i32 1
  %21 = load ptr, ptr %20, align 4
  %22 = load ptr, ptr %3, align 4
  store ptr %21, ptr %22, align 4
  %23 = load ptr, ptr %4, align 4
  call void @free(ptr noundef %23)
  br label %28

24:                                               ; preds = %9
  %25 = load ptr, ptr %3, align 4
  %26 = load ptr, ptr %25, align 4
  %27 = getelementptr inbounds nuw %struct.Node, ptr %26, i32 0, i32 1
  store ptr %27, ptr %3, align 4
  br label %28

28:                                               ; preds = %24, %16
  br label %5, !llvm.loop !10

29:                                               ; preds = %5
  %30 = load ptr, ptr %2, align 4
  ret ptr %30
}

; Function Attrs: noinline nounwind optnone
define internal void @free_list(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  br label %4

4:                                                ; preds = %7, %1
  %5 = load ptr, ptr %2, align 4
  %6 = icmp ne ptr %5, null
  br i1 %6, label %7, label %13

7:                                                ; preds = %4
  %8 = load ptr, ptr %2, align 4
  %9 = getelementptr inbounds nuw %struct.Node, ptr %8, i32 0, i32 1
  %10 = load ptr, ptr %9, align 4
  store ptr %10, ptr %3, align 4
  %11 = load ptr, ptr %2, align 4
  call void @free(ptr noundef %11)
  %12 = load ptr, ptr %3, align 4
  store ptr %12, ptr %2, align 4
  br label %4, !llvm.loop !11

13:                                               ; preds = %4
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal ptr @insert(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = load ptr, ptr %4, align 4
  %7 = icmp ne ptr %6, null
  br i1 %7, label %20, label %8

8:                                                ; preds = %2
  %9 = call ptr @malloc(i32 noundef 16) #4
  store ptr %9, ptr %4, align 4
  %10 = load i32, ptr %5, align 4
  %11 = load ptr, ptr %4, align 4
  %12 = getelementptr inbounds nuw %struct.Tree, ptr %11, i32 0, i32 0
  store i32 %10, ptr %12, align 4
  %13 = load ptr, ptr %4, align 4
  %14 = getelementptr inbounds nuw %struct.Tree, ptr %13, i32 0, i32 1
  store i32 1, ptr %14, align 4
  %15 = load ptr, ptr %4, align 4
  %16 = getelementptr inbounds nuw %struct.Tree, ptr %15, i32 0, i32 3
  store ptr null, ptr %16, align 4
  %17 = load ptr, ptr %4, align 4
  %18 = getelementptr inbounds nuw %struct.Tree, ptr %17, i32 0, i32 2
  store ptr null, ptr %18, align 4
  %19 = load ptr, ptr %4, align 4
  store ptr %19, ptr %3, align 4
  br label %56

20:                                               ; preds = %2
  %21 = load i32, ptr %5, align 4
  %22 = load ptr, ptr %4, align 4
  %23 = getelementptr inbounds nuw %struct.Tree, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %23, align 4
  %25 = icmp slt i32 %21, %24
  br i1 %25, label %26, label %34

26:                                               ; preds = %20
  %27 = load ptr, ptr %4, align 4
  %28 = getelementptr inbounds nuw %struct.Tree, ptr %27, i32 0, i32 2
  %29 = load ptr, ptr %28, align 4
  %30 = load i32, ptr %5, align 4
  %31 = call ptr @insert(ptr noundef %29, i32 noundef %30)
  %32 = load ptr, ptr %4, align 4
  %33 = getelementptr inbounds nuw %struct.Tree, ptr %32, i32 0, i32 2
  store ptr %31, ptr %33, align 4
  br label %54

34:                                               ; preds = %20
  %35 = load i32, ptr %5, align 4
  %36 = load ptr, ptr %4, align 4
  %37 = getelementptr inbounds nuw %struct.Tree, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %37, align 4
  %39 = icmp sgt i32 %35, %38
  br i1 %39, label %40, label %48

40:                                               ; preds = %34
  %41 = load ptr, ptr %4, align 4
  %42 = getelementptr inbounds nuw %struct.Tree, ptr %41, i32 0, i32 3
  %43 = load ptr, ptr %42, align 4
  %44 = load i32, ptr %5, align 4
  %45 = call ptr @insert(ptr noundef %43, i32 noundef %44)
  %46 = load ptr, ptr %4, align 4
  %47 = getelementptr inbounds nuw %struct.Tree, ptr %46, i32 0, i32 3
  store ptr %45, ptr %47, align 4
  br label %53

48:                                               ; preds = %34
  %49 = load ptr, ptr %4, align 4
  %50 = getelementptr inbounds nuw %struct.Tree, ptr %49, i32 0, i32 1
  %51 = load i32, ptr %50, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %50, align 4
  br label %53

53:                                               ; preds = %48, %40
  br label %54

54:                                               ; preds = %53, %26
  %55 = load ptr, ptr %4, align 4
  store ptr %55, ptr %3, align 4
  br label %56

56:                                               ; preds = %54, %8
  %57 = load ptr, ptr %3, align 4
  ret ptr %57
}

; Function Attrs: noinline nounwind optnone
define internal void @walk(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store ptr %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 4
  %8 = icmp ne ptr %7, null
  br i1 %8, label %10, label %9

9:                                                ; preds = %3
  br label %38

10:                                               ; preds = %3
  %11 = load ptr, ptr %4, align 4
  %12 = getelementptr inbounds nuw %struct.Tree, ptr %11, i32 0, i32 2
  %13 = load ptr, ptr %12, align 4
  %14 = load ptr, ptr %5, align 4
  %15 = load ptr, ptr %6, align 4
  call void @walk(ptr noundef %13, ptr noundef %14, ptr noundef %15)
  %16 = load ptr, ptr %5, align 4
  %17 = load i64, ptr %16, align 8
  %18 = mul nsw i64 %17, 7
  %19 = srem i64 %18, 1000003
  %20 = load ptr, ptr %4, align 4
  %21 = getelementptr inbounds nuw %struct.Tree, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %21, align 4
  %23 = load ptr, ptr %4, align 4
  %24 = getelementptr inbounds nuw %struct.Tree, ptr %23, i32 0, i32 1
  %25 = load i32, ptr %24, align 4
  %26 = mul nsw i32 %22, %25
  %27 = sext i32 %26 to i64
  %28 = add nsw i64 %19, %27
  %29 = load ptr, ptr %5, align 4
  store i64 %28, ptr %29, align 8
  %30 = load ptr, ptr %6, align 4
  %31 = load i32, ptr %30, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %30, align 4
  %33 = load ptr, ptr %4, align 4
  %34 = getelementptr inbounds nuw %struct.Tree, ptr %33, i32 0, i32 3
  %35 = load ptr, ptr %34, align 4
  %36 = load ptr, ptr %5, align 4
  %37 = load ptr, ptr %6, align 4
  call void @walk(ptr noundef %35, ptr noundef %36, ptr noundef %37)
  br label %38

38:                                               ; preds = %10, %9
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @height(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  %6 = load ptr, ptr %3, align 4
  %7 = icmp ne ptr %6, null
  br i1 %7, label %9, label %8

8:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %28

9:                                                ; preds = %1
  %10 = load ptr, ptr %3, align 4
  %11 = getelementptr inbounds nuw %struct.Tree, ptr %10, i32 0, i32 2
  %12 = load ptr, ptr %11, align 4
  %13 = call i32 @height(ptr noundef %12)
  store i32 %13, ptr %4, align 4
  %14 = load ptr, ptr %3, align 4
  %15 = getelementptr inbounds nuw %struct.Tree, ptr %14, i32 0, i32 3
  %16 = load ptr, ptr %15, align 4
  %17 = call i32 @height(ptr noundef %16)
  store i32 %17, ptr %5, align 4
  %18 = load i32, ptr %4, align 4
  %19 = load i32, ptr %5, align 4
  %20 = icmp sgt i32 %18, %19
  br i1 %20, label %21, label %23

21:                                               ; preds = %9
  %22 = load i32, ptr %4, align 4
  br label %25

23:                                               ; preds = %9
  %24 = load i32, ptr %5, align 4
  br label %25

25:                                               ; preds = %23, %21
  %26 = phi i32 [ %22, %21 ], [ %24, %23 ]
  %27 = add nsw i32 1, %26
  store i32 %27, ptr %2, align 4
  br label %28

28:                                               ; preds = %25, %8
  %29 = load i32, ptr %2, align 4
  ret i32 %29
}

; Function Attrs: noinline nounwind optnone
define internal void @free_tree(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  %4 = icmp ne ptr %3, null
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  br label %14

6:                                                ; preds = %1
  %7 = load ptr, ptr %2, align 4
  %8 = getelementptr inbounds nuw %struct.Tree, ptr %7, i32 0, i32 2
  %9 = load ptr, ptr %8, align 4
  call void @free_tree(ptr noundef %9)
  %10 = load ptr, ptr %2, align 4
  %11 = getelementptr inbounds nuw %struct.Tree, ptr %10, i32 0, i32 3
  %12 = load ptr, ptr %11, align 4
  call void @free_tree(ptr noundef %12)
  %13 = load ptr, ptr %2, align 4
  call void @free(ptr noundef %13)
  br label %14

14:                                               ; preds = %6, %5
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal void @vpush(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %8 = load ptr, ptr %3, align 4
  %9 = getelementptr inbounds nuw %struct.Vec, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %9, align 4
  %11 = load ptr, ptr %3, align 4
  %12 = getelementptr inbounds nuw %struct.Vec, ptr %11, i32 0, i32 2
  %13 = load i32, ptr %12, align 4
  %14 = icmp eq i32 %10, %13
  br i1 %14, label %15, label %60

15:                                               ; preds = %2
  %16 = load ptr, ptr %3, align 4
  %17 = getelementptr inbounds nuw %struct.Vec, ptr %16, i32 0, i32 2
  %18 = load i32, ptr %17, align 4
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %25

20:                                               ; preds = %15
  %21 = load ptr, ptr %3, align 4
  %22 = getelementptr inbounds nuw %struct.Vec, ptr %21, i32 0, i32 2
  %23 = load i32, ptr %22, align 4
  %24 = mul nsw i32 %23, 2
  br label %26

25:                                               ; preds = %15
  br label %26

26:                                               ; preds = %25, %20
  %27 = phi i32 [ %24, %20 ], [ 4, %25 ]
  store i32 %27, ptr %5, align 4
  %28 = load i32, ptr %5, align 4
  %29 = mul i32 %28, 4
  %30 = call ptr @malloc(i32 noundef %29) #4
  store ptr %30, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %31

31:                                               ; preds = %47, %26
  %32 = load i32, ptr %7, align 4
  %33 = load ptr, ptr %3, align 4
  %34 = getelementptr inbounds nuw %struct.Vec, ptr %33, i32 0, i32 1
  %35 = load i32, ptr %34, align 4
  %36 = icmp slt i32 %32, %35
  br i1 %36, label %37, label %50

37:                                               ; preds = %31
  %38 = load ptr, ptr %3, align 4
  %39 = getelementptr inbounds nuw %struct.Vec, ptr %38, i32 0, i32 0
  %40 = load ptr, ptr %39, align 4
  %41 = load i32, ptr %7, align 4
  %42 = getelementptr inbounds i32, ptr %40, i32 %41
  %43 = load i32, ptr %42, align 4
  %44 = load ptr, ptr %6, align 4
  %45 = load i32, ptr %7, align 4
  %46 = getelementptr inbounds i32, ptr %44, i32 %45
  store i32 %43, ptr %46, align 4
  br label %47

47:                                               ; preds = %37
  %48 = load i32, ptr %7, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %7, align 4
  br label %31, !llvm.loop !12

50:                                               ; preds = %31
  %51 = load ptr, ptr %3, align 4
  %52 = getelementptr inbounds nuw %struct.Vec, ptr %51, i32 0, i32 0
  %53 = load ptr, ptr %52, align 4
  call void @free(ptr noundef %53)
  %54 = load ptr, ptr %6, align 4
  %55 = load ptr, ptr %3, align 4
  %56 = getelementptr inbounds nuw %struct.Vec, ptr %55, i32 0, i32 0
  store ptr %54, ptr %56, align 4
  %57 = load i32, ptr %5, align 4
  %58 = load ptr, ptr %3, align 4
  %59 = getelementptr inbounds nuw %struct.Vec, ptr %58, i32 0, i32 2
  store i32 %57, ptr %59, align 4
  br label %60

60:                                               ; preds = %50, %2
  %61 = load i32, ptr %4, align 4
  %62 = load ptr, ptr %3, align 4
  %63 = getelementptr inbounds nuw %struct.Vec, ptr %62, i32 0, i32 0
  %64 = load ptr, ptr %63, align 4
  %65 = load ptr, ptr %3, align 4
  %66 = getelementptr inbounds nuw %struct.Vec, ptr %65, i32 0, i32 1
  %67 = load i32, ptr %66, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %66, align 4
  %69 = getelementptr inbounds i32, ptr %64, i32 %67
  store i32 %61, ptr %69, align 4
  ret void
}

declare void @free(ptr noundef) #1

; Function Attrs: allocsize(0)
declare ptr @malloc(i32 noundef) #3

; Function Attrs: noinline nounwind optnone
define internal ptr @merge(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca %struct.Node, align 4
  %6 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  store ptr %5, ptr %6, align 4
  br label %7

7:                                                ; preds = %37, %2
  %8 = load ptr, ptr %3, align 4
  %9 = icmp ne ptr %8, null
  br i1 %9, label %10, label %13

10:                                               ; preds = %7
  %11 = load ptr, ptr %4, align 4
  %12 = icmp ne ptr %11, null
  br label %13

13:                                               ; preds = %10, %7
  %14 = phi i1 [ false, %7 ], [ %12, %10 ]
  br i1 %14, label %15, label %41

15:                                               ; preds = %13
  %16 = load ptr, ptr %3, align 4
  %17 = getelementptr inbounds nuw %struct.Node, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 4
  %19 = load ptr, ptr %4, align 4
  %20 = getelementptr inbounds nuw %struct.Node, ptr %19, i32 0, i32 0
  %21 = load i32, ptr %20, align 4
  %22 = icmp sle i32 %18, %21
  br i1 %22, label %23, label %30

23:                                               ; preds = %15
  %24 = load ptr, ptr %3, align 4
  %25 = load ptr, ptr %6, align 4
  %26 = getelementptr inbounds nuw %struct.Node, ptr %25, i32 0, i32 1
  store ptr %24, ptr %26, align 4
  %27 = load ptr, ptr %3, align 4
  %28 = getelementptr inbounds nuw %struct.Node, ptr %27, i32 0, i32 1
  %29 = load ptr, ptr %28, align 4
  store ptr %29, ptr %3, align 4
  br label %37

30:                                               ; preds = %15
  %31 = load ptr, ptr %4, align 4
  %32 = load ptr, ptr %6, align 4
  %33 = getelementptr inbounds nuw %struct.Node, ptr %32, i32 0, i32 1
  store ptr %31, ptr %33, align 4
  %34 = load ptr, ptr %4, align 4
  %35 = getelementptr inbounds nuw %struct.Node, ptr %34, i32 0, i32 1
  %36 = load ptr, ptr %35, align 4
  store ptr %36, ptr %4, align 4
  br label %37

37:                                               ; preds = %30, %23
  %38 = load ptr, ptr %6, align 4
  %39 = getelementptr inbounds nuw %struct.Node, ptr %38, i32 0, i32 1
  %40 = load ptr, ptr %39, align 4
  store ptr %40, ptr %6, align 4
  br label %7, !llvm.loop !13

41:                                               ; preds = %13
  %42 = load ptr, ptr %3, align 4
  %43 = icmp ne ptr %42, null
  br i1 %43, label %44, label %46

44:                                               ; preds = %41
  %45 = load ptr, ptr %3, align 4
  br label %48

46:                                               ; preds = %41
  %47 = load ptr, ptr %4, align 4
  br label %48

48:                                               ; preds = %46, %44
  %49 = phi ptr [ %45, %44 ], [ %47, %46 ]
  %50 = load ptr, ptr %6, align 4
  %51 = getelementptr inbounds nuw %struct.Node, ptr %50, i32 0, i32 1
  store ptr %49, ptr %51, align 4
  %52 = getelementptr inbounds nuw %struct.Node, ptr %5, i32 0, i32 1
  %53 = load ptr, ptr %52, align 4
  ret ptr %53
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
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
