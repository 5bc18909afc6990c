; ModuleID = 'switch.c'
source_filename = "switch.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [10 x i8] c"dense %d\0A\00", align 1
@__const.main.keys = private unnamed_addr constant [9 x i32] [i32 0, i32 1, i32 77, i32 100, i32 999, i32 1000, i32 65536, i32 -294967296, i32 -294967295], align 16
@.str.1 = private unnamed_addr constant [3 x i8] c"%d\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"fall(%d)=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"hi 42 ou!\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.6 = private unnamed_addr constant [19 x i8] c"short %d %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [16 x i8] c"ll %d %d %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [16 x i8] c"color %c%c%c%c\0A\00", align 1
@.str.9 = private unnamed_addr constant [26 x i8] c"nested %d %d %d %d %d %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"vowel\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"space\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"digit\00", align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"other\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca [9 x i32], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 4
  %8 = alloca ptr, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  store i32 -1, ptr %3, align 4
  br label %9

9:                                                ; preds = %20, %0
  %10 = load i32, ptr %3, align 4
  %11 = icmp slt i32 %10, 14
  br i1 %11, label %12, label %23

12:                                               ; preds = %9
  %13 = load i32, ptr %3, align 4
  %14 = call i32 @dense(i32 noundef %13)
  %15 = load i32, ptr %3, align 4
  %16 = add nsw i32 %15, 2
  %17 = mul nsw i32 %14, %16
  %18 = load i32, ptr %2, align 4
  %19 = add nsw i32 %18, %17
  store i32 %19, ptr %2, align 4
  br label %20

20:                                               ; preds = %12
  %21 = load i32, ptr %3, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %3, align 4
  br label %9, !llvm.loop !2

23:                                               ; preds = %9
  %24 = load i32, ptr %2, align 4
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %24)
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %4, ptr align 16 @__const.main.keys, i32 36, i1 false)
  store i32 0, ptr %5, align 4
  br label %26

26:                                               ; preds = %35, %23
  %27 = load i32, ptr %5, align 4
  %28 = icmp slt i32 %27, 9
  br i1 %28, label %29, label %38

29:                                               ; preds = %26
  %30 = load i32, ptr %5, align 4
  %31 = getelementptr inbounds [9 x i32], ptr %4, i32 0, i32 %30
  %32 = load i32, ptr %31, align 4
  %33 = call i32 @sparse(i32 noundef %32)
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %33)
  br label %35

35:                                               ; preds = %29
  %36 = load i32, ptr %5, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %5, align 4
  br label %26, !llvm.loop !4

38:                                               ; preds = %26
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  store i32 0, ptr %6, align 4
  br label %40

40:                                               ; preds = %48, %38
  %41 = load i32, ptr %6, align 4
  %42 = icmp slt i32 %41, 6
  br i1 %42, label %43, label %51

43:                                               ; preds = %40
  %44 = load i32, ptr %6, align 4
  %45 = load i32, ptr %6, align 4
  %46 = call i32 @fall(i32 noundef %45)
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %44, i32 noundef %46)
  br label %48

48:                                               ; preds = %43
  %49 = load i32, ptr %6, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %6, align 4
  br label %40, !llvm.loop !5

51:                                               ; preds = %40
  store ptr @.str.4, ptr %7, align 4
  %52 = load ptr, ptr %7, align 4
  store ptr %52, ptr %8, align 4
  br label %53

53:                                               ; preds = %62, %51
  %54 = load ptr, ptr %8, align 4
  %55 = load i8, ptr %54, align 1
  %56 = icmp ne i8 %55, 0
  br i1 %56, label %57, label %65

57:                                               ; preds = %53
  %58 = load ptr, ptr %8, align 4
  %59 = load i8, ptr %58, align 1
  %60 = call ptr @chname(i8 noundef signext %59)
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %60)
  br label %62

62:                                               ; preds = %57
  %63 = load ptr, ptr %8, align 4
  %64 = getelementptr inbounds nuw i8, ptr %63, i32 1
  store ptr %64, ptr %8, align 4
  br label %53, !llvm.loop !6

65:                                               ; preds = %53
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  %67 = call i32 @on_short(i16 noundef signext -32768)
  %68 = call i32 @on_short(i16 noundef signext -1)
  %69 = call i32 @on_short(i16 noundef signext 32767)
  %70 = call i32 @on_short(i16 noundef signext 5)
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %67, i32 noundef %68, i32 noundef %69, i32 noundef %70)
  %72 = call i32 @on_ll(i64 noundef 4294967296)
  %73 = call i32 @on_ll(i64 noundef -5000000000)
  %74 = call i32 @on_ll(i64 noundef 7)
  %75 = call i32 @on_ll(i64 noundef 8)
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %72, i32 noundef %73, i32 noundef %74, i32 noundef %75)
  %77 = call i32 @color(i32 noundef 0)
  %78 = call i32 @color(i32 noundef 5)
  %79 = call i32 @color(i32 noundef 100)
  %80 = call i32 @color(i32 noundef -1)
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %77, i32 noundef %78, i32 noundef %79, i32 noundef %80)
  %82 = call i32 @nested(i32 noundef 0, i32 noundef 0)
  %83 = call i32 @nested(i32 noundef 0, i32 noundef 1)
  %84 = call i32 @nested(i32 noundef 0, i32 noundef 5)
  %85 = call i32 @nested(i32 noundef 1, i32 noundef 0)
  %86 = call i32 @nested(i32 noundef 1, i32 noundef 1)
  %87 = call i32 @nested(i32 noundef 2, i32 noundef 0)
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %82, i32 noundef %83, i32 noundef %84, i32 noundef %85, i32 noundef %86, i32 noundef %87)
  %89 = load i32, ptr %2, align 4
  %90 = srem i32 %89, 64
  ret i32 %90
}

; Function Attrs: noinline nounwind optnone
define internal i32 @dense(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %17 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %7
    i32 3, label %8
    i32 4, label %9
    i32 5, label %10
    i32 6, label %11
    i32 7, label %12
    i32 8, label %13
    i32 9, label %14
    i32 10, label %15
    i32 11, label %16
  ]

5:                                                ; preds = %1
  store i32 10, ptr %2, align 4
  br label %18

6:                                                ; preds = %1
  store i32 11, ptr %2, align 4
  br label %18

7:                                                ; preds = %1
  store i32 13, ptr %2, align 4
  br label %18

8:                                                ; preds = %1
  store i32 17, ptr %2, align 4
  br label %18

9:                                                ; preds = %1
  store i32 19, ptr %2, align 4
  br label %18

10:                                               ; preds = %1
  store i32 23, ptr %2, align 4
  br label %18

11:                                               ; preds = %1
  store i32 29, ptr %2, align 4
  br label %18

12:                                               ; preds = %1
  store i32 31, ptr %2, align 4
  br label %18

13:                                               ; preds = %1
  store i32 37, ptr %2, align 4
  br label %18

14:                                               ; preds = %1
  store i32 41, ptr %2, align 4
  br label %18

15:                                               ; preds = %1
  store i32 43, ptr %2, align 4
  br label %18

16:                                               ; preds = %1
  store i32 47, ptr %2, align 4
  br label %18

17:                                               ; preds = %1
  store i32 -1, ptr %2, align 4
  br label %18

18:                                               ; preds = %17, %16, %15, %14, %13, %12, %11, %10, %9, %8, %7, %6, %5
  %19 = load i32, ptr %2, align 4
  ret i32 %19
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal i32 @sparse(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %11 [
    i32 1, label %5
    i32 100, label %6
    i32 1000, label %7
    i32 65536, label %8
    i32 -294967296, label %9
    i32 77, label %10
  ]

5:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %12

6:                                                ; preds = %1
  store i32 2, ptr %2, align 4
  br label %12

7:                                                ; preds = %1
  store i32 3, ptr %2, align 4
  br label %12

8:                                                ; preds = %1
  store i32 4, ptr %2, align 4
  br label %12

9:                                                ; preds = %1
  store i32 5, ptr %2, align 4
  br label %12

10:                                               ; preds = %1
  store i32 6, ptr %2, align 4
  br label %12

11:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %12

12:                                               ; preds = %11, %10, %9, %8, %7, %6, %5
  %13 = load i32, ptr %2, align 4
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone
define internal i32 @fall(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  %4 = load i32, ptr %2, align 4
  switch i32 %4, label %11 [
    i32 0, label %5
    i32 1, label %8
    i32 2, label %14
    i32 3, label %17
    i32 4, label %20
  ]

5:                                                ; preds = %1
  %6 = load i32, ptr %3, align 4
  %7 = add nsw i32 %6, 1
  store i32 %7, ptr %3, align 4
  br label %8

8:                                                ; preds = %1, %5
  %9 = load i32, ptr %3, align 4
  %10 = add nsw i32 %9, 10
  store i32 %10, ptr %3, align 4
  br label %11

11:                                               ; preds = %1, %8
  %12 = load i32, ptr %3, align 4
  %13 = add nsw i32 %12, 100
  store i32 %13, ptr %3, align 4
  br label %14

14:                                               ; preds = %1, %11
  %15 = load i32, ptr %3, align 4
  %16 = add nsw i32 %15, 1000
  store i32 %16, ptr %3, align 4
  br label %23

17:                                               ; preds = %1
  %18 = load i32, ptr %3, align 4
  %19 = add nsw i32 %18, 10000
  store i32 %19, ptr %3, align 4
  br label %20

20:                                               ; preds = %1, %17
  %21 = load i32, ptr %3, align 4
  %22 = add nsw i32 %21, 100000
  store i32 %22, ptr %3, align 4
  br label %23

23:                                               ; preds = %20, %14
  %24 = load i32, ptr %3, align 4
  ret i32 %24
}

; Function Attrs: noinline nounwind optnone
define internal ptr @chname(i8 noundef signext %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  %4 = load i8, ptr %3, align 1
  %5 = sext i8 %4 to i32
  switch i32 %5, label %9 [
    i32 97, label %6
    i32 101, label %6
    i32 105, label %6
    i32 111, label %6
    i32 117, label %6
    i32 32, label %7
    i32 48, label %8
    i32 49, label %8
    i32 50, label %8
    i32 51, label %8
    i32 52, label %8
    i32 53, label %8
    i32 54, label %8
    i32 55, label %8
    i32 56, label %8
    i32 57, label %8
  ]

6:                                                ; preds = %1, %1, %1, %1, %1
  store ptr @.str.10, ptr %2, align 4
  br label %10

7:                                                ; preds = %1
  store ptr @.str.11, ptr %2, align 4
  br label %10

8:                                                ; preds = %1, %1, %1, %1, %1, %1, %1, %1, %1, %1
  store ptr @.str.12, ptr %2, align 4
  br label %10

9:                                                ; preds = %1
  store ptr @.str.13, ptr %2, align 4
  br label %10

10:                                               ; preds = %9, %8, %7, %6
  %11 = load ptr, ptr %2, align 4
  ret ptr %11
}

; Function Attrs: noinline nounwind optnone
define internal i32 @on_short(i16 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  %4 = load i16, ptr %3, align 2
  %5 = sext i16 %4 to i32
  switch i32 %5, label %9 [
    i32 -32768, label %6
    i32 -1, label %7
    i32 32767, label %8
  ]

6:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %10

7:                                                ; preds = %1
  store i32 2, ptr %2, align 4
  br label %10

8:                                                ; preds = %1
  store i32 3, ptr %2, align 4
  br label %10

9:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %10

10:                                               ; preds = %9, %8, %7, %6
  %11 = load i32, ptr %2, align 4
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone
define internal i32 @on_ll(i64 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  %4 = load i64, ptr %3, align 8
  switch i64 %4, label %8 [
    i64 4294967296, label %5
    i64 -5000000000, label %6
    i64 7, label %7
  ]

5:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %9

6:                                                ; preds = %1
  store i32 2, ptr %2, align 4
  br label %9

7:                                                ; preds = %1
  store i32 3, ptr %2, align 4
  br label %9

8:                                                ; preds = %1
  store i32 4, ptr %2, align 4
  br label %9

9:                                                ; preds = %8, %7, %6, %5
  %10 = load i32, ptr %2, align 4
  ret i32 %10
}

; Function Attrs: noinline nounwind optnone
define internal i32 @color(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %9 [
    i32 0, label %5
    i32 5, label %6
    i32 100, label %7
    i32 -1, label %8
  ]

5:                                                ; preds = %1
  store i32 114, ptr %2, align 4
  br label %10

6:                                                ; preds = %1
  store i32 103, ptr %2, align 4
  br label %10

7:                                                ; preds = %1
  store i32 98, ptr %2, align 4
  br label %10

8:                                                ; preds = %1
  store i32 107, ptr %2, align 4
  br label %10

9:                                                ; preds = %1
  store i32 63, ptr %2, align 4
  br label %10

10:                                               ; preds = %9, %8, %7, %6, %5
  %11 = load i32, ptr %2, align 4
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone
define internal i32 @nested(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = load i32, ptr %4, align 4
  switch i32 %6, label %17 [
    i32 0, label %7
    i32 1, label %12
  ]

7:                                                ; preds = %2
  %8 = load i32, ptr %5, align 4
  switch i32 %8, label %11 [
    i32 0, label %9
    i32 1, label %10
  ]

9:                                                ; preds = %7
  store i32 0, ptr %3, align 4
  br label %18

10:                                               ; preds = %7
  store i32 1, ptr %3, align 4
  br label %18

11:                                               ; preds = %7
  store i32 2, ptr %3, align 4
  br label %18

12:                                               ; preds = %2
  %13 = load i32, ptr %5, align 4
  switch i32 %13, label %15 [
    i32 0, label %14
  ]

14:                                               ; preds = %12
  store i32 10, ptr %3, align 4
  br label %18

15:                                               ; preds = %12
  br label %16

16:                                               ; preds = %15
  store i32 11, ptr %3, align 4
  br label %18

17:                                               ; preds = %2
  store i32 99, ptr %3, align 4
  br label %18

18:                                               ; preds = %17, %16, %14, %11, %10, %9
  %19 = load i32, ptr %3, align 4
  ret i32 %19
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
