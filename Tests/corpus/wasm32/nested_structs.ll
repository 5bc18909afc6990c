; ModuleID = 'nested_structs.c'
source_filename = "nested_structs.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

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
@table = internal global <{ %struct.Grid, { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }>, i64, ptr, [4 x i8] } }> <{ %struct.Grid zeroinitializer, { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }>, i64, ptr, [4 x i8] } { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }> <{ %struct.Row zeroinitializer, %struct.Row zeroinitializer, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 } { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }> <{ { i16, i8, i8 } { i16 7, i8 120, i8 0 }, { i16, i8, i8 } { i16 -3, i8 121, i8 0 }, %struct.Cell zeroinitializer }>, i32 4 }, %struct.Row zeroinitializer }>, i64 0, ptr @.str.5, [4 x i8] zeroinitializer } }>, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
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
  %12 = getelementptr inbounds [2 x %struct.Row], ptr %11, i32 0, i32 0
  %13 = getelementptr inbounds nuw %struct.Row, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 1
  %16 = getelementptr inbounds [2 x %struct.Row], ptr %15, i32 0, i32 1
  %17 = getelementptr inbounds nuw %struct.Row, ptr %16, i32 0, i32 0
  %18 = getelementptr inbounds [3 x %struct.Cell], ptr %17, i32 0, i32 2
  %19 = getelementptr inbounds nuw %struct.Cell, ptr %18, i32 0, i32 0
  %20 = load i16, ptr %19, align 8
  %21 = sext i16 %20 to i32
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %7, i64 noundef %10, i32 noundef %14, i32 noundef %21)
  %23 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 @table, ptr align 8 %23, i32 80, i1 false)
  %24 = load i16, ptr getelementptr inbounds ([4 x %struct.Row], ptr @table, i32 0, i32 1), align 16
  %25 = sext i16 %24 to i32
  %26 = add nsw i32 %25, 100
  %27 = trunc i32 %26 to i16
  store i16 %27, ptr getelementptr inbounds ([4 x %struct.Row], ptr @table, i32 0, i32 1), align 16
  store i32 0, ptr %3, align 4
  br label %28

28:                                               ; preds = %78, %0
  %29 = load i32, ptr %3, align 4
  %30 = icmp slt i32 %29, 2
  br i1 %30, label %31, label %81

31:                                               ; preds = %28
  %32 = load i32, ptr %3, align 4
  %33 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i32 0, i32 %32
  %34 = getelementptr inbounds nuw %struct.Grid, ptr %33, i32 0, i32 2
  %35 = load ptr, ptr %34, align 8
  %36 = icmp ne ptr %35, null
  br i1 %36, label %37, label %42

37:                                               ; preds = %31
  %38 = load i32, ptr %3, align 4
  %39 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i32 0, i32 %38
  %40 = getelementptr inbounds nuw %struct.Grid, ptr %39, i32 0, i32 2
  %41 = load ptr, ptr %40, align 8
  br label %43

42:                                               ; preds = %31
  br label %43

43:                                               ; preds = %42, %37
  %44 = phi ptr [ %41, %37 ], [ @.str.2, %42 ]
  %45 = load i32, ptr %3, align 4
  %46 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i32 0, i32 %45
  %47 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %46)
  %48 = load i32, ptr %3, align 4
  %49 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i32 0, i32 %48
  %50 = getelementptr inbounds nuw %struct.Grid, ptr %49, i32 0, i32 0
  %51 = getelementptr inbounds [4 x %struct.Row], ptr %50, i32 0, i32 2
  %52 = getelementptr inbounds nuw %struct.Row, ptr %51, i32 0, i32 1
  %53 = load i32, ptr %52, align 4
  %54 = load i32, ptr %3, align 4
  %55 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i32 0, i32 %54
  %56 = getelementptr inbounds nuw %struct.Grid, ptr %55, i32 0, i32 0
  %57 = getelementptr inbounds [4 x %struct.Row], ptr %56, i32 0, i32 2
  %58 = getelementptr inbounds nuw %struct.Row, ptr %57, i32 0, i32 0
  %59 = getelementptr inbounds [3 x %struct.Cell], ptr %58, i32 0, i32 0
  %60 = getelementptr inbounds nuw %struct.Cell, ptr %59, i32 0, i32 1
  %61 = load i8, ptr %60, align 2
  %62 = sext i8 %61 to i32
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %64, label %74

64:                                               ; preds = %43
  %65 = load i32, ptr %3, align 4
  %66 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i32 0, i32 %65
  %67 = getelementptr inbounds nuw %struct.Grid, ptr %66, i32 0, i32 0
  %68 = getelementptr inbounds [4 x %struct.Row], ptr %67, i32 0, i32 2
  %69 = getelementptr inbounds nuw %struct.Row, ptr %68, i32 0, i32 0
  %70 = getelementptr inbounds [3 x %struct.Cell], ptr %69, i32 0, i32 0
  %71 = getelementptr inbounds nuw %struct.Cell, ptr %70, i32 0, i32 1
  %72 = load i8, ptr %71, align 2
  %73 = sext i8 %72 to i32
  br label %75

74:                                               ; preds = %43
  br label %75

75:                                               ; preds = %74, %64
  %76 = phi i32 [ %73, %64 ], [ 45, %74 ]
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %44, i64 noundef %47, i32 noundef %53, i32 noundef %76)
  br label %78

78:                                               ; preds = %75
  %79 = load i32, ptr %3, align 4
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %3, align 4
  br label %28, !llvm.loop !2

81:                                               ; preds = %28
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %4, ptr align 16 getelementptr inbounds ([2 x %struct.Grid], ptr @table, i32 0, i32 1), i32 80, i1 false)
  %82 = getelementptr inbounds nuw %struct.Grid, ptr %4, i32 0, i32 0
  %83 = getelementptr inbounds [4 x %struct.Row], ptr %82, i32 0, i32 2
  %84 = getelementptr inbounds nuw %struct.Row, ptr %83, i32 0, i32 0
  %85 = getelementptr inbounds [3 x %struct.Cell], ptr %84, i32 0, i32 1
  %86 = getelementptr inbounds nuw %struct.Cell, ptr %85, i32 0, i32 0
  %87 = load i16, ptr %86, align 4
  %88 = sext i16 %87 to i32
  %89 = mul nsw i32 %88, 5
  %90 = trunc i32 %89 to i16
  store i16 %90, ptr %86, align 4
  %91 = load i16, ptr getelementptr inbounds ([3 x %struct.Cell], ptr getelementptr inbounds ([4 x %struct.Row], ptr getelementptr inbounds ([2 x %struct.Grid], ptr @table, i32 0, i32 1), i32 0, i32 2), i32 0, i32 1), align 4
  %92 = sext i16 %91 to i32
  %93 = getelementptr inbounds nuw %struct.Grid, ptr %4, i32 0, i32 0
  %94 = getelementptr inbounds [4 x %struct.Row], ptr %93, i32 0, i32 2
  %95 = getelementptr inbounds nuw %struct.Row, ptr %94, i32 0, i32 0
  %96 = getelementptr inbounds [3 x %struct.Cell], ptr %95, i32 0, i32 1
  %97 = getelementptr inbounds nuw %struct.Cell, ptr %96, i32 0, i32 0
  %98 = load i16, ptr %97, align 4
  %99 = sext i16 %98 to i32
  %100 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %4)
  %101 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 getelementptr inbounds ([2 x %struct.Grid], ptr @table, i32 0, i32 1))
  %102 = sub nsw i64 %100, %101
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %92, i32 noundef %99, i64 noundef %102)
  %104 = getelementptr inbounds nuw %struct.Pair, ptr %2, i32 0, i32 0
  %105 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %104)
  %106 = and i64 %105, 15
  %107 = trunc i64 %106 to i32
  ret i32 %107
}

; Function Attrs: noinline nounwind optnone
define internal void @pair_make(ptr dead_on_unwind noalias writable sret(%struct.Pair) align 8 %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.Row, align 4
  %6 = alloca %struct.Row, align 4
  store i32 %1, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %7

7:                                                ; preds = %18, %2
  %8 = load i32, ptr %4, align 4
  %9 = icmp slt i32 %8, 4
  br i1 %9, label %10, label %21

10:                                               ; preds = %7
  %11 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %12 = getelementptr inbounds nuw %struct.Grid, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %4, align 4
  %14 = getelementptr inbounds [4 x %struct.Row], ptr %12, i32 0, i32 %13
  %15 = load i32, ptr %3, align 4
  %16 = load i32, ptr %4, align 4
  %17 = add nsw i32 %15, %16
  call void @row_make(ptr dead_on_unwind writable sret(%struct.Row) align 4 %5, i32 noundef %17)
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %14, ptr align 4 %5, i32 16, i1 false)
  br label %18

18:                                               ; preds = %10
  %19 = load i32, ptr %4, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %4, align 4
  br label %7, !llvm.loop !4

21:                                               ; preds = %7
  %22 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %23 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %22)
  %24 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %25 = getelementptr inbounds nuw %struct.Grid, ptr %24, i32 0, i32 1
  store i64 %23, ptr %25, align 8
  %26 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %27 = getelementptr inbounds nuw %struct.Grid, ptr %26, i32 0, i32 2
  store ptr @.str.4, ptr %27, align 8
  %28 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 1
  %29 = getelementptr inbounds [2 x %struct.Row], ptr %28, i32 0, i32 0
  %30 = load i32, ptr %3, align 4
  %31 = mul nsw i32 %30, 2
  call void @row_make(ptr dead_on_unwind writable sret(%struct.Row) align 4 %6, i32 noundef %31)
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %29, ptr align 4 %6, i32 16, i1 false)
  %32 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 1
  %33 = getelementptr inbounds [2 x %struct.Row], ptr %32, i32 0, i32 1
  %34 = getelementptr inbounds nuw %struct.Pair, ptr %0, i32 0, i32 0
  %35 = getelementptr inbounds nuw %struct.Grid, ptr %34, i32 0, i32 0
  %36 = getelementptr inbounds [4 x %struct.Row], ptr %35, i32 0, i32 3
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %33, ptr align 8 %36, i32 16, i1 false)
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %39, %1
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 4
  br i1 %7, label %8, label %42

8:                                                ; preds = %5
  store i32 0, ptr %4, align 4
  br label %9

9:                                                ; preds = %35, %8
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %10, 3
  br i1 %11, label %12, label %38

12:                                               ; preds = %9
  %13 = load i64, ptr %2, align 8
  %14 = mul nsw i64 %13, 31
  %15 = getelementptr inbounds nuw %struct.Grid, ptr %0, i32 0, i32 0
  %16 = load i32, ptr %3, align 4
  %17 = getelementptr inbounds [4 x %struct.Row], ptr %15, i32 0, i32 %16
  %18 = getelementptr inbounds nuw %struct.Row, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %4, align 4
  %20 = getelementptr inbounds [3 x %struct.Cell], ptr %18, i32 0, i32 %19
  %21 = getelementptr inbounds nuw %struct.Cell, ptr %20, i32 0, i32 0
  %22 = load i16, ptr %21, align 4
  %23 = sext i16 %22 to i64
  %24 = add nsw i64 %14, %23
  %25 = getelementptr inbounds nuw %struct.Grid, ptr %0, i32 0, i32 0
  %26 = load i32, ptr %3, align 4
  %27 = getelementptr inbounds [4 x %struct.Row], ptr %25, i32 0, i32 %26
  %28 = getelementptr inbounds nuw %struct.Row, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %4, align 4
  %30 = getelementptr inbounds [3 x %struct.Cell], ptr %28, i32 0, i32 %29
  %31 = getelementptr inbounds nuw %struct.Cell, ptr %30, i32 0, i32 1
  %32 = load i8, ptr %31, align 2
  %33 = sext i8 %32 to i64
  %34 = add nsw i64 %24, %33
  store i64 %34, ptr %2, align 8
  br label %35

35:                                               ; preds = %12
  %36 = load i32, ptr %4, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %4, align 4
  br label %9, !llvm.loop !5

38:                                               ; preds = %9
  br label %39

39:                                               ; preds = %38
  %40 = load i32, ptr %3, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %3, align 4
  br label %5, !llvm.loop !6

42:                                               ; preds = %5
  %43 = load i64, ptr %2, align 8
  ret i64 %43
}

; Function Attrs: noinline nounwind optnone
define internal void @row_make(ptr dead_on_unwind noalias writable sret(%struct.Row) align 4 %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %1, ptr %3, align 4
  %5 = getelementptr inbounds nuw %struct.Row, ptr %0, i32 0, i32 1
  store i32 0, ptr %5, align 4
  store i32 0, ptr %4, align 4
  br label %6

6:                                                ; preds = %39, %2
  %7 = load i32, ptr %4, align 4
  %8 = icmp slt i32 %7, 3
  br i1 %8, label %9, label %42

9:                                                ; preds = %6
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr %4, align 4
  %12 = add nsw i32 %11, 1
  %13 = mul nsw i32 %10, %12
  %14 = sub nsw i32 %13, 5
  %15 = trunc i32 %14 to i16
  %16 = getelementptr inbounds nuw %struct.Row, ptr %0, i32 0, i32 0
  %17 = load i32, ptr %4, align 4
  %18 = getelementptr inbounds [3 x %struct.Cell], ptr %16, i32 0, i32 %17
  %19 = getelementptr inbounds nuw %struct.Cell, ptr %18, i32 0, i32 0
  store i16 %15, ptr %19, align 4
  %20 = load i32, ptr %3, align 4
  %21 = load i32, ptr %4, align 4
  %22 = add nsw i32 %20, %21
  %23 = srem i32 %22, 26
  %24 = add nsw i32 97, %23
  %25 = trunc i32 %24 to i8
  %26 = getelementptr inbounds nuw %struct.Row, ptr %0, i32 0, i32 0
  %27 = load i32, ptr %4, align 4
  %28 = getelementptr inbounds [3 x %struct.Cell], ptr %26, i32 0, i32 %27
  %29 = getelementptr inbounds nuw %struct.Cell, ptr %28, i32 0, i32 1
  store i8 %25, ptr %29, align 2
  %30 = getelementptr inbounds nuw %struct.Row, ptr %0, i32 0, i32 0
  %31 = load i32, ptr %4, align 4
  %32 = getelementptr inbounds [3 x %struct.Cell], ptr %30, i32 0, i32 %31
  %33 = getelementptr inbounds nuw %struct.Cell, ptr %32, i32 0, i32 0
  %34 = load i16, ptr %33, align 4
  %35 = sext i16 %34 to i32
  %36 = getelementptr inbounds nuw %struct.Row, ptr %0, i32 0, i32 1
  %37 = load i32, ptr %36, align 4
  %38 = add nsw i32 %37, %35
  store i32 %38, ptr %36, align 4
  br label %39

39:                                               ; preds = %9
  %40 = load i32, ptr %4, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %4, align 4
  br label %6, !llvm.loop !7

42:                                               ; preds = %6
  ret void
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
