; ModuleID = 'switch.c'
source_filename = "switch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [10 x i8] c"dense %d\0A\00", align 1
@__const.main.keys = private unnamed_addr constant [9 x i32] [i32 0, i32 1, i32 77, i32 100, i32 999, i32 1000, i32 65536, i32 -294967296, i32 -294967295], align 4
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

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca [9 x i32], align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
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
  br label %9, !llvm.loop !6

23:                                               ; preds = %9
  %24 = load i32, ptr %2, align 4
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %24)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 @__const.main.keys, i64 36, i1 false)
  store i32 0, ptr %5, align 4
  br label %26

26:                                               ; preds = %36, %23
  %27 = load i32, ptr %5, align 4
  %28 = icmp slt i32 %27, 9
  br i1 %28, label %29, label %39

29:                                               ; preds = %26
  %30 = load i32, ptr %5, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [9 x i32], ptr %4, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4
  %34 = call i32 @sparse(i32 noundef %33)
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %34)
  br label %36

36:                                               ; preds = %29
  %37 = load i32, ptr %5, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %5, align 4
  br label %26, !llvm.loop !8

39:                                               ; preds = %26
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  store i32 0, ptr %6, align 4
  br label %41

41:                                               ; preds = %49, %39
  %42 = load i32, ptr %6, align 4
  %43 = icmp slt i32 %42, 6
  br i1 %43, label %44, label %52

44:                                               ; preds = %41
  %45 = load i32, ptr %6, align 4
  %46 = load i32, ptr %6, align 4
  %47 = call i32 @fall(i32 noundef %46)
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %45, i32 noundef %47)
  br label %49

49:                                               ; preds = %44
  %50 = load i32, ptr %6, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %6, align 4
  br label %41, !llvm.loop !9

52:                                               ; preds = %41
  store ptr @.str.4, ptr %7, align 8
  %53 = load ptr, ptr %7, align 8
  store ptr %53, ptr %8, align 8
  br label %54

54:                                               ; preds = %63, %52
  %55 = load ptr, ptr %8, align 8
  %56 = load i8, ptr %55, align 1
  %57 = icmp ne i8 %56, 0
  br i1 %57, label %58, label %66

58:                                               ; preds = %54
  %59 = load ptr, ptr %8, align 8
  %60 = load i8, ptr %59, align 1
  %61 = call ptr @chname(i8 noundef %60)
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %61)
  br label %63

63:                                               ; preds = %58
  %64 = load ptr, ptr %8, align 8
  %65 = getelementptr inbounds nuw i8, ptr %64, i32 1
  store ptr %65, ptr %8, align 8
  br label %54, !llvm.loop !10

66:                                               ; preds = %54
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  %68 = call i32 @on_short(i16 noundef -32768)
  %69 = call i32 @on_short(i16 noundef -1)
  %70 = call i32 @on_short(i16 noundef 32767)
  %71 = call i32 @on_short(i16 noundef 5)
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %68, i32 noundef %69, i32 noundef %70, i32 noundef %71)
  %73 = call i32 @on_ll(i64 noundef 4294967296)
  %74 = call i32 @on_ll(i64 noundef -5000000000)
  %75 = call i32 @on_ll(i64 noundef 7)
  %76 = call i32 @on_ll(i64 noundef 8)
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %73, i32 noundef %74, i32 noundef %75, i32 noundef %76)
  %78 = call i32 @color(i32 noundef 0)
  %79 = call i32 @color(i32 noundef 5)
  %80 = call i32 @color(i32 noundef 100)
  %81 = call i32 @color(i32 noundef -1)
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %78, i32 noundef %79, i32 noundef %80, i32 noundef %81)
  %83 = call i32 @nested(i32 noundef 0, i32 noundef 0)
  %84 = call i32 @nested(i32 noundef 0, i32 noundef 1)
  %85 = call i32 @nested(i32 noundef 0, i32 noundef 5)
  %86 = call i32 @nested(i32 noundef 1, i32 noundef 0)
  %87 = call i32 @nested(i32 noundef 1, i32 noundef 1)
  %88 = call i32 @nested(i32 noundef 2, i32 noundef 0)
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %83, i32 noundef %84, i32 noundef %85, i32 noundef %86, i32 noundef %87, i32 noundef %88)
  %90 = load i32, ptr %2, align 4
  %91 = srem i32 %90, 64
  ret i32 %91
}

; Function Attrs: noinline nounwind optnone uwtable
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
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @chname(i8 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  %4 = load i8, ptr %3, align 1
  %5 = zext i8 %4 to i32
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
  store ptr @.str.10, ptr %2, align 8
  br label %10

7:                                                ; preds = %1
  store ptr @.str.11, ptr %2, align 8
  br label %10

8:                                                ; preds = %1, %1, %1, %1, %1, %1, %1, %1, %1, %1
  store ptr @.str.12, ptr %2, align 8
  br label %10

9:                                                ; preds = %1
  store ptr @.str.13, ptr %2, align 8
  br label %10

10:                                               ; preds = %9, %8, %7, %6
  %11 = load ptr, ptr %2, align 8
  ret ptr %11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @on_short(i16 noundef %0) #0 {
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

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
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
