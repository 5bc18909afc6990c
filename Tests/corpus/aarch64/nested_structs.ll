; ModuleID = 'nested_structs.c'
source_filename = "nested_structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
@table = internal global <{ %struct.Grid, { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }>, i64, ptr } }> <{ %struct.Grid zeroinitializer, { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }>, i64, ptr } { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }> <{ %struct.Row zeroinitializer, %struct.Row zeroinitializer, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 } { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }> <{ { i16, i8, i8 } { i16 7, i8 120, i8 0 }, { i16, i8, i8 } { i16 -3, i8 121, i8 0 }, %struct.Cell zeroinitializer }>, i32 4 }, %struct.Row zeroinitializer }>, i64 0, ptr @.str.5 } }>, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Pair, align 8
  %3 = alloca i32, align 4
  %4 = alloca %struct.Grid, align 8
  %5 = alloca %struct.Grid, align 8
  %6 = alloca %struct.Grid, align 8
  %7 = alloca %struct.Grid, align 8
  %8 = alloca %struct.Grid, align 8
  store i32 0, ptr %1, align 4
  call void @pair_make(ptr dead_on_unwind writable sret(%struct.Pair) align 8 %2, i32 noundef 3)
  %9 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 0
  %10 = getelementptr inbounds nuw %struct.Grid, ptr %9, i32 0, i32 2
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 0
  %13 = getelementptr inbounds nuw %struct.Grid, ptr %12, i32 0, i32 1
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 1
  %16 = getelementptr inbounds [2 x %struct.Row], ptr %15, i64 0, i64 0
  %17 = getelementptr inbounds nuw %struct.Row, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 4
  %19 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 1
  %20 = getelementptr inbounds [2 x %struct.Row], ptr %19, i64 0, i64 1
  %21 = getelementptr inbounds nuw %struct.Row, ptr %20, i32 0, i32 0
  %22 = getelementptr inbounds [3 x %struct.Cell], ptr %21, i64 0, i64 2
  %23 = getelementptr inbounds nuw %struct.Cell, ptr %22, i32 0, i32 0
  %24 = load i16, ptr %23, align 8
  %25 = sext i16 %24 to i32
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %11, i64 noundef %14, i32 noundef %18, i32 noundef %25)
  %27 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 @table, ptr align 8 %27, i64 80, i1 false)
  %28 = load i16, ptr getelementptr inbounds ([4 x %struct.Row], ptr @table, i64 0, i64 1), align 8
  %29 = sext i16 %28 to i32
  %30 = add nsw i32 %29, 100
  %31 = trunc i32 %30 to i16
  store i16 %31, ptr getelementptr inbounds ([4 x %struct.Row], ptr @table, i64 0, i64 1), align 8
  store i32 0, ptr %3, align 4
  br label %32

32:                                               ; preds = %88, %0
  %33 = load i32, ptr %3, align 4
  %34 = icmp slt i32 %33, 2
  br i1 %34, label %35, label %91

35:                                               ; preds = %32
  %36 = load i32, ptr %3, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %37
  %39 = getelementptr inbounds nuw %struct.Grid, ptr %38, i32 0, i32 2
  %40 = load ptr, ptr %39, align 8
  %41 = icmp ne ptr %40, null
  br i1 %41, label %42, label %48

42:                                               ; preds = %35
  %43 = load i32, ptr %3, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %44
  %46 = getelementptr inbounds nuw %struct.Grid, ptr %45, i32 0, i32 2
  %47 = load ptr, ptr %46, align 8
  br label %49

48:                                               ; preds = %35
  br label %49

49:                                               ; preds = %48, %42
  %50 = phi ptr [ %47, %42 ], [ @.str.2, %48 ]
  %51 = load i32, ptr %3, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %52
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %53, i64 80, i1 false)
  %54 = call i64 @grid_sum(ptr noundef %4)
  %55 = load i32, ptr %3, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %56
  %58 = getelementptr inbounds nuw %struct.Grid, ptr %57, i32 0, i32 0
  %59 = getelementptr inbounds [4 x %struct.Row], ptr %58, i64 0, i64 2
  %60 = getelementptr inbounds nuw %struct.Row, ptr %59, i32 0, i32 1
  %61 = load i32, ptr %60, align 4
  %62 = load i32, ptr %3, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %63
  %65 = getelementptr inbounds nuw %struct.Grid, ptr %64, i32 0, i32 0
  %66 = getelementptr inbounds [4 x %struct.Row], ptr %65, i64 0, i64 2
  %67 = getelementptr inbounds nuw %struct.Row, ptr %66, i32 0, i32 0
  %68 = getelementptr inbounds [3 x %struct.Cell], ptr %67, i64 0, i64 0
  %69 = getelementptr inbounds nuw %struct.Cell, ptr %68, i32 0, i32 1
  %70 = load i8, ptr %69, align 2
  %71 = zext i8 %70 to i32
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %73, label %84

73:                                               ; preds = %49
  %74 = load i32, ptr %3, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %75
  %77 = getelementptr inbounds nuw %struct.Grid, ptr %76, i32 0, i32 0
  %78 = getelementptr inbounds [4 x %struct.Row], ptr %77, i64 0, i64 2
  %79 = getelementptr inbounds nuw %struct.Row, ptr %78, i32 0, i32 0
  %80 = getelementptr inbounds [3 x %struct.Cell], ptr %79, i64 0, i64 0
  %81 = getelementptr inbounds nuw %struct.Cell, ptr %80, i32 0, i32 1
  %82 = load i8, ptr %81, align 2
  %83 = zext i8 %82 to i32
  br label %85

84:                                               ; preds = %49
  br label %85

85:                                               ; preds = %84, %73
  %86 = phi i32 [ %83, %73 ], [ 45, %84 ]
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %50, i64 noundef %54, i32 noundef %61, i32 noundef %86)
  br label %88

88:                                               ; preds = %85
  %89 = load i32, ptr %3, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %3, align 4
  br label %32, !llvm.loop !6

91:                                               ; preds = %32
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 getelementptr inbounds ([2 x %struct.Grid], ptr @table, i64 0, i64 1), i64 80, i1 false)
  %92 = getelementptr inbounds nuw %struct.Grid, ptr %5, i32 0, i32 0
  %93 = getelementptr inbounds [4 x %struct.Row], ptr %92, i64 0, i64 2
  %94 = getelementptr inbounds nuw %struct.Row, ptr %93, i32 0, i32 0
  %95 = getelementptr inbounds [3 x %struct.Cell], ptr %94, i64 0, i64 1
  %96 = getelementptr inbounds nuw %struct.Cell, ptr %95, i32 0, i32 0
  %97 = load i16, ptr %96, align 4
  %98 = sext i16 %97 to i32
  %99 = mul nsw i32 %98, 5
  %100 = trunc i32 %99 to i16
  store i16 %100, ptr %96, align 4
  %101 = load i16, ptr getelementptr inbounds ([3 x %struct.Cell], ptr getelementptr inbounds ([4 x %struct.Row], ptr getelementptr inbounds ([2 x %struct.Grid], ptr @table, i64 0, i64 1), i64 0, i64 2), i64 0, i64 1), align 4
  %102 = sext i16 %101 to i32
  %103 = getelementptr inbounds nuw %struct.Grid, ptr %5, i32 0, i32 0
  %104 = getelementptr inbounds [4 x %struct.Row], ptr %103, i64 0, i64 2
  %105 = getelementptr inbounds nuw %struct.Row, ptr %104, i32 0, i32 0
  %106 = getelementptr inbounds [3 x %struct.Cell], ptr %105, i64 0, i64 1
  %107 = getelementptr inbounds nuw %struct.Cell, ptr %106, i32 0, i32 0
  %108 = load i16, ptr %107, align 4
  %109 = sext i16 %108 to i32
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %5, i64 80, i1 false)
  %110 = call i64 @grid_sum(ptr noundef %6)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 getelementptr inbounds ([2 x %struct.Grid], ptr @table, i64 0, i64 1), i64 80, i1 false)
  %111 = call i64 @grid_sum(ptr noundef %7)
  %112 = sub nsw i64 %110, %111
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %102, i32 noundef %109, i64 noundef %112)
  %114 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %114, i64 80, i1 false)
  %115 = call i64 @grid_sum(ptr noundef %8)
  %116 = and i64 %115, 15
  %117 = trunc i64 %116 to i32
  ret i32 %117
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @pair_make(ptr dead_on_unwind noalias writable sret(%struct.Pair) align 8 %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.Row, align 4
  %6 = alloca %struct.Grid, align 8
  %7 = alloca %struct.Row, align 4
  store i32 %1, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %21, %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 4
  br i1 %10, label %11, label %24

11:                                               ; preds = %8
  %12 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %13 = getelementptr inbounds nuw %struct.Grid, ptr %12, i32 0, i32 0
  %14 = load i32, ptr %4, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [4 x %struct.Row], ptr %13, i64 0, i64 %15
  %17 = load i32, ptr %3, align 4
  %18 = load i32, ptr %4, align 4
  %19 = add nsw i32 %17, %18
  %20 = call [2 x i64] @row_make(i32 noundef %19)
  store [2 x i64] %20, ptr %5, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %16, ptr align 4 %5, i64 16, i1 false)
  br label %21

21:                                               ; preds = %11
  %22 = load i32, ptr %4, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %4, align 4
  br label %8, !llvm.loop !8

24:                                               ; preds = %8
  %25 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %25, i64 80, i1 false)
  %26 = call i64 @grid_sum(ptr noundef %6)
  %27 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %28 = getelementptr inbounds nuw %struct.Grid, ptr %27, i32 0, i32 1
  store i64 %26, ptr %28, align 8
  %29 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %30 = getelementptr inbounds nuw %struct.Grid, ptr %29, i32 0, i32 2
  store ptr @.str.4, ptr %30, align 8
  %31 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 1
  %32 = getelementptr inbounds [2 x %struct.Row], ptr %31, i64 0, i64 0
  %33 = load i32, ptr %3, align 4
  %34 = mul nsw i32 %33, 2
  %35 = call [2 x i64] @row_make(i32 noundef %34)
  store [2 x i64] %35, ptr %7, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %32, ptr align 4 %7, i64 16, i1 false)
  %36 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 1
  %37 = getelementptr inbounds [2 x %struct.Row], ptr %36, i64 0, i64 1
  %38 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %39 = getelementptr inbounds nuw %struct.Grid, ptr %38, i32 0, i32 0
  %40 = getelementptr inbounds [4 x %struct.Row], ptr %39, i64 0, i64 3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %37, ptr align 8 %40, i64 16, i1 false)
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @grid_sum(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i64 0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %6

6:                                                ; preds = %44, %1
  %7 = load i32, ptr %4, align 4
  %8 = icmp slt i32 %7, 4
  br i1 %8, label %9, label %47

9:                                                ; preds = %6
  store i32 0, ptr %5, align 4
  br label %10

10:                                               ; preds = %40, %9
  %11 = load i32, ptr %5, align 4
  %12 = icmp slt i32 %11, 3
  br i1 %12, label %13, label %43

13:                                               ; preds = %10
  %14 = load i64, ptr %3, align 8
  %15 = mul nsw i64 %14, 31
  %16 = getelementptr inbounds nuw %struct.Grid, ptr %0, i32 0, i32 0
  %17 = load i32, ptr %4, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [4 x %struct.Row], ptr %16, i64 0, i64 %18
  %20 = getelementptr inbounds nuw %struct.Row, ptr %19, i32 0, i32 0
  %21 = load i32, ptr %5, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [3 x %struct.Cell], ptr %20, i64 0, i64 %22
  %24 = getelementptr inbounds nuw %struct.Cell, ptr %23, i32 0, i32 0
  %25 = load i16, ptr %24, align 4
  %26 = sext i16 %25 to i64
  %27 = add nsw i64 %15, %26
  %28 = getelementptr inbounds nuw %struct.Grid, ptr %0, i32 0, i32 0
  %29 = load i32, ptr %4, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [4 x %struct.Row], ptr %28, i64 0, i64 %30
  %32 = getelementptr inbounds nuw %struct.Row, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %5, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [3 x %struct.Cell], ptr %32, i64 0, i64 %34
  %36 = getelementptr inbounds nuw %struct.Cell, ptr %35, i32 0, i32 1
  %37 = load i8, ptr %36, align 2
  %38 = zext i8 %37 to i64
  %39 = add nsw i64 %27, %38
  store i64 %39, ptr %3, align 8
  br label %40

40:                                               ; preds = %13
  %41 = load i32, ptr %5, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %5, align 4
  br label %10, !llvm.loop !9

43:                                               ; preds = %10
  br label %44

44:                                               ; preds = %43
  %45 = load i32, ptr %4, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %4, align 4
  br label %6, !llvm.loop !10

47:                                               ; preds = %6
  %48 = load i64, ptr %3, align 8
  ret i64 %48
}

; Function Attrs: noinline nounwind optnone uwtable
define internal [2 x i64] @row_make(i32 noundef %0) #0 {
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
  %46 = load [2 x i64], ptr %2, align 4
  ret [2 x i64] %46
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
