; ModuleID = 'shifts.c'
source_filename = "shifts.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [32 x i8] c"n=%d ashr %d %d lshr %u shl %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [41 x i8] c"n=%u ashr64 %lld lshr64 %llu shl64 %llu\0A\00", align 1
@.str.2 = private unnamed_addr constant [19 x i8] c"small %d %d %u %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"const %d %u %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"rot %u %u %llu %llu\0A\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"bits %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %6

6:                                                ; preds = %20, %0
  %7 = load i32, ptr %2, align 4
  %8 = icmp slt i32 %7, 32
  br i1 %8, label %9, label %23

9:                                                ; preds = %6
  %10 = load i32, ptr %2, align 4
  %11 = load i32, ptr %2, align 4
  %12 = call i32 @ashr32(i32 noundef -1000000, i32 noundef %11)
  %13 = load i32, ptr %2, align 4
  %14 = call i32 @ashr32(i32 noundef 1000000, i32 noundef %13)
  %15 = load i32, ptr %2, align 4
  %16 = call i32 @lshr32(i32 noundef -268435456, i32 noundef %15)
  %17 = load i32, ptr %2, align 4
  %18 = call i32 @shl32(i32 noundef 74565, i32 noundef %17)
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %10, i32 noundef %12, i32 noundef %14, i32 noundef %16, i32 noundef %18)
  br label %20

20:                                               ; preds = %9
  %21 = load i32, ptr %2, align 4
  %22 = add nsw i32 %21, 5
  store i32 %22, ptr %2, align 4
  br label %6, !llvm.loop !6

23:                                               ; preds = %6
  store i32 0, ptr %3, align 4
  br label %24

24:                                               ; preds = %36, %23
  %25 = load i32, ptr %3, align 4
  %26 = icmp ult i32 %25, 64
  br i1 %26, label %27, label %39

27:                                               ; preds = %24
  %28 = load i32, ptr %3, align 4
  %29 = load i32, ptr %3, align 4
  %30 = call i64 @ashr64(i64 noundef -123456789012345, i32 noundef %29)
  %31 = load i32, ptr %3, align 4
  %32 = call i64 @lshr64(i64 noundef -9223372036854775807, i32 noundef %31)
  %33 = load i32, ptr %3, align 4
  %34 = call i64 @shl64(i64 noundef 19088743, i32 noundef %33)
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %28, i64 noundef %30, i64 noundef %32, i64 noundef %34)
  br label %36

36:                                               ; preds = %27
  %37 = load i32, ptr %3, align 4
  %38 = add i32 %37, 9
  store i32 %38, ptr %3, align 4
  br label %24, !llvm.loop !8

39:                                               ; preds = %24
  %40 = call signext i8 @ashr8(i8 noundef signext -128, i32 noundef 3)
  %41 = sext i8 %40 to i32
  %42 = call signext i8 @ashr8(i8 noundef signext -1, i32 noundef 7)
  %43 = sext i8 %42 to i32
  %44 = call zeroext i16 @shl16(i16 noundef zeroext -32767, i32 noundef 1)
  %45 = zext i16 %44 to i32
  %46 = call signext i16 @ashr16(i16 noundef signext -32768, i32 noundef 15)
  %47 = sext i16 %46 to i32
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %41, i32 noundef %43, i32 noundef %45, i32 noundef %47)
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef -5, i32 noundef 1, i64 noundef -1)
  %50 = call i32 @rotl32(i32 noundef -2147483647, i32 noundef 1)
  %51 = call i32 @rotl32(i32 noundef 305419896, i32 noundef 12)
  %52 = call i64 @rotr64(i64 noundef 1, i32 noundef 1)
  %53 = call i64 @rotr64(i64 noundef 81985529216486895, i32 noundef 20)
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %50, i32 noundef %51, i64 noundef %52, i64 noundef %53)
  store i32 1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %55

55:                                               ; preds = %58, %39
  %56 = load i32, ptr %4, align 4
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %58, label %63

58:                                               ; preds = %55
  %59 = load i32, ptr %4, align 4
  %60 = shl i32 %59, 1
  store i32 %60, ptr %4, align 4
  %61 = load i32, ptr %5, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %5, align 4
  br label %55, !llvm.loop !9

63:                                               ; preds = %55
  %64 = load i32, ptr %5, align 4
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %64)
  %66 = load i32, ptr %5, align 4
  %67 = sub nsw i32 %66, 32
  ret i32 %67
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @ashr32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = ashr i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @lshr32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = lshr i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @shl32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = shl i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @ashr64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = zext i32 %6 to i64
  %8 = ashr i64 %5, %7
  ret i64 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @lshr64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = zext i32 %6 to i64
  %8 = lshr i64 %5, %7
  ret i64 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @shl64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = zext i32 %6 to i64
  %8 = shl i64 %5, %7
  ret i64 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i8 @ashr8(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i32, ptr %4, align 4
  %8 = ashr i32 %6, %7
  %9 = trunc i32 %8 to i8
  ret i8 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i16 @shl16(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i32, ptr %4, align 4
  %8 = shl i32 %6, %7
  %9 = trunc i32 %8 to i16
  ret i16 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i16 @ashr16(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i32, ptr %4, align 4
  %8 = ashr i32 %6, %7
  %9 = trunc i32 %8 to i16
  ret i16 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @rotl32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = and i32 %5, 31
  store i32 %6, ptr %4, align 4
  %7 = load i32, ptr %4, align 4
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %18

9:                                                ; preds = %2
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr %4, align 4
  %12 = shl i32 %10, %11
  %13 = load i32, ptr %3, align 4
  %14 = load i32, ptr %4, align 4
  %15 = sub i32 32, %14
  %16 = lshr i32 %13, %15
  %17 = or i32 %12, %16
  br label %20

18:                                               ; preds = %2
  %19 = load i32, ptr %3, align 4
  br label %20

20:                                               ; preds = %18, %9
  %21 = phi i32 [ %17, %9 ], [ %19, %18 ]
  ret i32 %21
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @rotr64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = and i32 %5, 63
  store i32 %6, ptr %4, align 4
  %7 = load i32, ptr %4, align 4
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %20

9:                                                ; preds = %2
  %10 = load i64, ptr %3, align 8
  %11 = load i32, ptr %4, align 4
  %12 = zext i32 %11 to i64
  %13 = lshr i64 %10, %12
  %14 = load i64, ptr %3, align 8
  %15 = load i32, ptr %4, align 4
  %16 = sub i32 64, %15
  %17 = zext i32 %16 to i64
  %18 = shl i64 %14, %17
  %19 = or i64 %13, %18
  br label %22

20:                                               ; preds = %2
  %21 = load i64, ptr %3, align 8
  br label %22

22:                                               ; preds = %20, %9
  %23 = phi i64 [ %19, %9 ], [ %21, %20 ]
  ret i64 %23
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
