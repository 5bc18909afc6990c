; ModuleID = 'nested_structs.c'
source_filename = "nested_structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Grid = type { [4 x %struct.Row], i64, ptr }
%struct.Row = type { [3 x %struct.Cell], i32 }
%struct.Cell = type { i16, i8 }
%struct.Pair = type { %struct.Grid, [2 x %struct.Row] }

@.str = private unnamed_addr constant [15 x i8] c"%s %lld %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"%s %lld %d %c\0A\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"(null)\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"%d %d %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"pair\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"second\00", align 1
@table = internal global <{ %struct.Grid, { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }>, i64, ptr } }> <{ %struct.Grid zeroinitializer, { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }>, i64, ptr } { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }> <{ %struct.Row zeroinitializer, %struct.Row zeroinitializer, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 } { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }> <{ { i16, i8, i8 } { i16 7, i8 120, i8 0 }, { i16, i8, i8 } { i16 -3, i8 121, i8 0 }, %struct.Cell zeroinitializer }>, i32 4 }, %struct.Row zeroinitializer }>, i64 0, ptr @.str.5 } }>, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Pair, align 8
  %3 = alloca i32, align 4
  %4 = alloca %struct.Grid, align 8
  store i32 0, ptr %1, align 4
  call void @pair_make(ptr dead_on_unwind writable sret(%struct.Pair) align 8 %2, i32 noundef 3)
  %5 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 0
  %6 = getelementptr inbounds nuw %struct.Grid, ptr %5, i32 0, i32 2
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 0
  %9 = getelementptr inbounds nuw %struct.Grid, ptr %8, i32 0, i32 1
  %10 = load i64, ptr %9, align 8
  %11 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 1
  %12 = getelementptr inbounds [2 x %struct.Row], ptr %11, i64 0, i64 0
  %13 = getelementptr inbounds nuw %struct.Row, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 1
  %16 = getelementptr inbounds [2 x %struct.Row], ptr %15, i64 0, i64 1
  %17 = getelementptr inbounds nuw %struct.Row, ptr %16, i32 0, i32 0
  %18 = getelementptr inbounds [3 x %struct.Cell], ptr %17, i64 0, i64 2
  %19 = getelementptr inbounds nuw %struct.Cell, ptr %18, i32 0, i32 0
  %20 = load i16, ptr %19, align 8
  %21 = sext i16 %20 to i32
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %7, i64 noundef %10, i32 noundef %14, i32 noundef %21)
  %23 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 @table, ptr align 8 %23, i64 80, i1 false)
  %24 = load i16, ptr getelementptr inbounds ([4 x %struct.Row], ptr @table, i64 0, i64 1), align 16
  %25 = sext i16 %24 to i32
  %26 = add nsw i32 %25, 100
  %27 = trunc i32 %26 to i16
  store i16 %27, ptr getelementptr inbounds ([4 x %struct.Row], ptr @table, i64 0, i64 1), align 16
  store i32 0, ptr %3, align 4
  br label %28

28:                                               ; preds = %84, %0
  %29 = load i32, ptr %3, align 4
  %30 = icmp slt i32 %29, 2
  br i1 %30, label %31, label %87

31:                                               ; preds = %28
  %32 = load i32, ptr %3, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %33
  %35 = getelementptr inbounds nuw %struct.Grid, ptr %34, i32 0, i32 2
  %36 = load ptr, ptr %35, align 8
  %37 = icmp ne ptr %36, null
  br i1 %37, label %38, label %44

38:                                               ; preds = %31
  %39 = load i32, ptr %3, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %40
  %42 = getelementptr inbounds nuw %struct.Grid, ptr %41, i32 0, i32 2
  %43 = load ptr, ptr %42, align 8
  br label %45

44:                                               ; preds = %31
  br label %45

45:                                               ; preds = %44, %38
  %46 = phi ptr [ %43, %38 ], [ @.str.2, %44 ]
  %47 = load i32, ptr %3, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %48
  %50 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %49)
  %51 = load i32, ptr %3, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %52
  %54 = getelementptr inbounds nuw %struct.Grid, ptr %53, i32 0, i32 0
  %55 = getelementptr inbounds [4 x %struct.Row], ptr %54, i64 0, i64 2
  %56 = getelementptr inbounds nuw %struct.Row, ptr %55, i32 0, i32 1
  %57 = load i32, ptr %56, align 4
  %58 = load i32, ptr %3, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %59
  %61 = getelementptr inbounds nuw %struct.Grid, ptr %60, i32 0, i32 0
  %62 = getelementptr inbounds [4 x %struct.Row], ptr %61, i64 0, i64 2
  %63 = getelementptr inbounds nuw %struct.Row, ptr %62, i32 0, i32 0
  %64 = getelementptr inbounds [3 x %struct.Cell], ptr %63, i64 0, i64 0
  %65 = getelementptr inbounds nuw %struct.Cell, ptr %64, i32 0, i32 1
  %66 = load i8, ptr %65, align 2
  %67 = sext i8 %66 to i32
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %69, label %80

69:                                               ; preds = %45
  %70 = load i32, ptr %3, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %71
  %73 = getelementptr inbounds nuw %struct.Grid, ptr %72, i32 0, i32 0
  %74 = getelementptr inbounds [4 x %struct.Row], ptr %73, i64 0, i64 2
  %75 = getelementptr inbounds nuw %struct.Row, ptr %74, i32 0, i32 0
  %76 = getelementptr inbounds [3 x %struct.Cell], ptr %75, i64 0, i64 0
  %77 = getelementptr inbounds nuw %struct.Cell, ptr %76, i32 0, i32 1
  %78 = load i8, ptr %77, align 2
  %79 = sext i8 %78 to i32
  br label %81

80:                                               ; preds = %45
  br label %81

81:                                               ; preds = %80, %69
  %82 = phi i32 [ %79, %69 ], [ 45, %80 ]
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %46, i64 noundef %50, i32 noundef %57, i32 noundef %82)
  br label %84

84:                                               ; preds = %81
  %85 = load i32, ptr %3, align 4
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %3, align 4
  br label %28, !llvm.loop !6

87:                                               ; preds = %28
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 16 getelementptr inbounds ([2 x %struct.Grid], ptr @table, i64 0, i64 1), i64 80, i1 false)
  %88 = getelementptr inbounds nuw %struct.Grid, ptr %4, i32 0, i32 0
  %89 = getelementptr inbounds [4 x %struct.Row], ptr %88, i64 0, i64 2
  %90 = getelementptr inbounds nuw %struct.Row, ptr %89, i32 0, i32 0
  %91 = getelementptr inbounds [3 x %struct.Cell], ptr %90, i64 0, i64 1
  %92 = getelementptr inbounds nuw %struct.Cell, ptr %91, i32 0, i32 0
  %93 = load i16, ptr %92, align 4
  %94 = sext i16 %93 to i32
  %95 = mul nsw i32 %94, 5
  %96 = trunc i32 %95 to i16
  store i16 %96, ptr %92, align 4
  %97 = load i16, ptr getelementptr inbounds ([3 x %struct.Cell], ptr getelementptr inbounds ([4 x %struct.Row], ptr getelementptr inbounds ([2 x %struct.Grid], ptr @table, i64 0, i64 1), i64 0, i64 2), i64 0, i64 1), align 4
  %98 = sext i16 %97 to i32
  %99 = getelementptr inbounds nuw %struct.Grid, ptr %4, i32 0, i32 0
  %100 = getelementptr inbounds [4 x %struct.Row], ptr %99, i64 0, i64 2
  %101 = getelementptr inbounds nuw %struct.Row, ptr %100, i32 0, i32 0
  %102 = getelementptr inbounds [3 x %struct.Cell], ptr %101, i64 0, i64 1
  %103 = getelementptr inbounds nuw %struct.Cell, ptr %102, i32 0, i32 0
  %104 = load i16, ptr %103, align 4
  %105 = sext i16 %104 to i32
  %106 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %4)
  %107 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 getelementptr inbounds ([2 x %struct.Grid], ptr @table, i64 0, i64 1))
  %108 = sub nsw i64 %106, %107
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %98, i32 noundef %105, i64 noundef %108)
  %110 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 0
  %111 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %110)
  %112 = and i64 %111, 15
  %113 = trunc i64 %112 to i32
  ret i32 %113
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @pair_make(ptr dead_on_unwind noalias writable sret(%struct.Pair) align 8 %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.Row, align 4
  %6 = alloca %struct.Row, align 4
  store i32 %1, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %7

7:                                                ; preds = %24, %2
  %8 = load i32, ptr %4, align 4
  %9 = icmp slt i32 %8, 4
  br i1 %9, label %10, label %27

10:                                               ; preds = %7
  %11 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %12 = getelementptr inbounds nuw %struct.Grid, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %4, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [4 x %struct.Row], ptr %12, i64 0, i64 %14
  %16 = load i32, ptr %3, align 4
  %17 = load i32, ptr %4, align 4
  %18 = add nsw i32 %16, %17
  %19 = call { i64, i64 } @row_make(i32 noundef %18)
  %20 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  %21 = extractvalue { i64, i64 } %19, 0
  store i64 %21, ptr %20, align 4
  %22 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  %23 = extractvalue { i64, i64 } %19, 1
  store i64 %23, ptr %22, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 4 %5, i64 16, i1 false)
  br label %24

24:                                               ; preds = %10
  %25 = load i32, ptr %4, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %4, align 4
  br label %7, !llvm.loop !8

27:                                               ; preds = %7
  %28 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %29 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %28)
  %30 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %31 = getelementptr inbounds nuw %struct.Grid, ptr %30, i32 0, i32 1
  store i64 %29, ptr %31, align 8
  %32 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %33 = getelementptr inbounds nuw %struct.Grid, ptr %32, i32 0, i32 2
  store ptr @.str.4, ptr %33, align 8
  %34 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 1
  %35 = getelementptr inbounds [2 x %struct.Row], ptr %34, i64 0, i64 0
  %36 = load i32, ptr %3, align 4
  %37 = mul nsw i32 %36, 2
  %38 = call { i64, i64 } @row_make(i32 noundef %37)
  %39 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  %40 = extractvalue { i64, i64 } %38, 0
  store i64 %40, ptr %39, align 4
  %41 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  %42 = extractvalue { i64, i64 } %38, 1
  store i64 %42, ptr %41, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %35, ptr align 4 %6, i64 16, i1 false)
  %43 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 1
  %44 = getelementptr inbounds [2 x %struct.Row], ptr %43, i64 0, i64 1
  %45 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %46 = getelementptr inbounds nuw %struct.Grid, ptr %45, i32 0, i32 0
  %47 = getelementptr inbounds [4 x %struct.Row], ptr %46, i64 0, i64 3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %44, ptr align 8 %47, i64 16, i1 false)
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %43, %1
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 4
  br i1 %7, label %8, label %46

8:                                                ; preds = %5
  store i32 0, ptr %4, align 4
  br label %9

9:                                                ; preds = %39, %8
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %10, 3
  br i1 %11, label %12, label %42

12:                                               ; preds = %9
  %13 = load i64, ptr %2, align 8
  %14 = mul nsw i64 %13, 31
  %15 = getelementptr inbounds nuw %struct.Grid, ptr %0, i32 0, i32 0
  %16 = load i32, ptr %3, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [4 x %struct.Row], ptr %15, i64 0, i64 %17
  %19 = getelementptr inbounds nuw %struct.Row, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %4, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [3 x %struct.Cell], ptr %19, i64 0, i64 %21
  %23 = getelementptr inbounds nuw %struct.Cell, ptr %22, i32 0, i32 0
  %24 = load i16, ptr %23, align 4
  %25 = sext i16 %24 to i64
  %26 = add nsw i64 %14, %25
  %27 = getelementptr inbounds nuw %struct.Grid, ptr %0, i32 0, i32 0
  %28 = load i32, ptr %3, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [4 x %struct.Row], ptr %27, i64 0, i64 %29
  %31 = getelementptr inbounds nuw %struct.Row, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %4, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [3 x %struct.Cell], ptr %31, i64 0, i64 %33
  %35 = getelementptr inbounds nuw %struct.Cell, ptr %34, i32 0, i32 1
  %36 = load i8, ptr %35, align 2
  %37 = sext i8 %36 to i64
  %38 = add nsw i64 %26, %37
  store i64 %38, ptr %2, align 8
  br label %39

39:                                               ; preds = %12
  %40 = load i32, ptr %4, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %4, align 4
  br label %9, !llvm.loop !9

42:                                               ; preds = %9
  br label %43

43:                                               ; preds = %42
  %44 = load i32, ptr %3, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %3, align 4
  br label %5, !llvm.loop !10

46:                                               ; preds = %5
  %47 = load i64, ptr %2, align 8
  ret i64 %47
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i64 } @row_make(i32 noundef %0) #0 {
  %2 = alloca %struct.Row, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %5 = getelementptr inbounds nuw %struct.Row, ptr %2, i32 0, i32 1
  store i32 0, ptr %5, align 4
  store i32 0, ptr %4, align 4
  br label %6

6:                                                ; preds = %42, %1
  %7 = load i32, ptr %4, align 4
  %8 = icmp slt i32 %7, 3
  br i1 %8, label %9, label %45

9:                                                ; preds = %6
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr %4, align 4
  %12 = add nsw i32 %11, 1
  %13 = mul nsw i32 %10, %12
  %14 = sub nsw i32 %13, 5
  %15 = trunc i32 %14 to i16
  %16 = getelementptr inbounds nuw %struct.Row, ptr %2, i32 0, i32 0
  %17 = load i32, ptr %4, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [3 x %struct.Cell], ptr %16, i64 0, i64 %18
  %20 = getelementptr inbounds nuw %struct.Cell, ptr %19, i32 0, i32 0
  store i16 %15, ptr %20, align 4
  %21 = load i32, ptr %3, align 4
  %22 = load i32, ptr %4, align 4
  %23 = add nsw i32 %21, %22
  %24 = srem i32 %23, 26
  %25 = add nsw i32 97, %24
  %26 = trunc i32 %25 to i8
  %27 = getelementptr inbounds nuw %struct.Row, ptr %2, i32 0, i32 0
  %28 = load i32, ptr %4, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [3 x %struct.Cell], ptr %27, i64 0, i64 %29
  %31 = getelementptr inbounds nuw %struct.Cell, ptr %30, i32 0, i32 1
  store i8 %26, ptr %31, align 2
  %32 = getelementptr inbounds nuw %struct.Row, ptr %2, i32 0, i32 0
  %33 = load i32, ptr %4, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [3 x %struct.Cell], ptr %32, i64 0, i64 %34
  %36 = getelementptr inbounds nuw %struct.Cell, ptr %35, i32 0, i32 0
  %37 = load i16, ptr %36, align 4
  %38 = sext i16 %37 to i32
  %39 = getelementptr inbounds nuw %struct.Row, ptr %2, i32 0, i32 1
  %40 = load i32, ptr %39, align 4
  %41 = add nsw i32 %40, %38
  store i32 %41, ptr %39, align 4
  br label %42

42:                                               ; preds = %9
  %43 = load i32, ptr %4, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %4, align 4
  br label %6, !llvm.loop !11

45:                                               ; preds = %6
  %46 = load { i64, i64 }, ptr %2, align 4
  ret { i64, i64 } %46
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
