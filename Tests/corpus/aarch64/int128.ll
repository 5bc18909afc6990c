; ModuleID = 'int128.c'
source_filename = "int128.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [4 x i8] c"mul\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"fact30\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"neg\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"sdiv\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"urem\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"ashr\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"shl\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"cmp %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"dbl %.1f\0A\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"back\00", align 1
@.str.10 = private unnamed_addr constant [9 x i8] c"lo %lld\0A\00", align 1
@.str.11 = private unnamed_addr constant [19 x i8] c"%s %016llx%016llx\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i128, align 16
  %3 = alloca i128, align 16
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i128, align 16
  %7 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %8 = call i128 @mul64x64(i64 noundef -1, i64 noundef -1)
  call void @print_u128(ptr noundef @.str, i128 noundef %8)
  %9 = call i128 @fact(i32 noundef 30)
  call void @print_u128(ptr noundef @.str.1, i128 noundef %9)
  %10 = call i128 @fact(i32 noundef 25)
  %11 = sub nsw i128 0, %10
  store i128 %11, ptr %2, align 16
  %12 = load i128, ptr %2, align 16
  call void @print_u128(ptr noundef @.str.2, i128 noundef %12)
  %13 = load i128, ptr %2, align 16
  %14 = call i128 @sdiv128(i128 noundef %13, i128 noundef 1000003)
  call void @print_u128(ptr noundef @.str.3, i128 noundef %14)
  %15 = call i128 @fact(i32 noundef 33)
  %16 = call i128 @urem128(i128 noundef %15, i128 noundef 4294967291)
  call void @print_u128(ptr noundef @.str.4, i128 noundef %16)
  %17 = load i128, ptr %2, align 16
  %18 = call i128 @ashr128(i128 noundef %17, i32 noundef 70)
  call void @print_u128(ptr noundef @.str.5, i128 noundef %18)
  call void @print_u128(ptr noundef @.str.6, i128 noundef -170141183460469231731687303715884105728)
  %19 = call i128 @fact(i32 noundef 20)
  store i128 %19, ptr %3, align 16
  %20 = load i128, ptr %2, align 16
  %21 = icmp slt i128 %20, 0
  %22 = zext i1 %21 to i32
  %23 = load i128, ptr %3, align 16
  %24 = load i128, ptr %2, align 16
  %25 = icmp ugt i128 %23, %24
  %26 = zext i1 %25 to i32
  %27 = mul nsw i32 2, %26
  %28 = add nsw i32 %22, %27
  %29 = load i128, ptr %3, align 16
  %30 = load i128, ptr %2, align 16
  %31 = icmp sgt i128 %29, %30
  %32 = zext i1 %31 to i32
  %33 = mul nsw i32 4, %32
  %34 = add nsw i32 %28, %33
  store i32 %34, ptr %4, align 4
  %35 = load i32, ptr %4, align 4
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %35)
  %37 = load i128, ptr %3, align 16
  %38 = uitofp i128 %37 to double
  store double %38, ptr %5, align 8
  %39 = load double, ptr %5, align 8
  %40 = fptoui double %39 to i128
  store i128 %40, ptr %6, align 16
  %41 = load double, ptr %5, align 8
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %41)
  %43 = load i128, ptr %6, align 16
  call void @print_u128(ptr noundef @.str.9, i128 noundef %43)
  %44 = load i128, ptr %2, align 16
  %45 = call i128 @fact(i32 noundef 22)
  %46 = call i128 @sdiv128(i128 noundef %44, i128 noundef %45)
  %47 = trunc i128 %46 to i64
  store i64 %47, ptr %7, align 8
  %48 = load i64, ptr %7, align 8
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i64 noundef %48)
  %50 = load i32, ptr %4, align 4
  ret i32 %50
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @print_u128(ptr noundef %0, i128 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i128, align 16
  store ptr %0, ptr %3, align 8
  store i128 %1, ptr %4, align 16
  %5 = load ptr, ptr %3, align 8
  %6 = load i128, ptr %4, align 16
  %7 = lshr i128 %6, 64
  %8 = trunc i128 %7 to i64
  %9 = load i128, ptr %4, align 16
  %10 = trunc i128 %9 to i64
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %5, i64 noundef %8, i64 noundef %10)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i128 @mul64x64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = zext i64 %5 to i128
  %7 = load i64, ptr %4, align 8
  %8 = zext i64 %7 to i128
  %9 = mul i128 %6, %8
  ret i128 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i128 @fact(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i128, align 16
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i128 1, ptr %3, align 16
  store i32 2, ptr %4, align 4
  br label %5

5:                                                ; preds = %14, %1
  %6 = load i32, ptr %4, align 4
  %7 = load i32, ptr %2, align 4
  %8 = icmp sle i32 %6, %7
  br i1 %8, label %9, label %17

9:                                                ; preds = %5
  %10 = load i32, ptr %4, align 4
  %11 = sext i32 %10 to i128
  %12 = load i128, ptr %3, align 16
  %13 = mul i128 %12, %11
  store i128 %13, ptr %3, align 16
  br label %14

14:                                               ; preds = %9
  %15 = load i32, ptr %4, align 4
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %4, align 4
  br label %5, !llvm.loop !6

17:                                               ; preds = %5
  %18 = load i128, ptr %3, align 16
  ret i128 %18
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i128 @sdiv128(i128 noundef %0, i128 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  store i128 %0, ptr %3, align 16
  store i128 %1, ptr %4, align 16
  %5 = load i128, ptr %3, align 16
  %6 = load i128, ptr %4, align 16
  %7 = sdiv i128 %5, %6
  ret i128 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i128 @urem128(i128 noundef %0, i128 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  store i128 %0, ptr %3, align 16
  store i128 %1, ptr %4, align 16
  %5 = load i128, ptr %3, align 16
  %6 = load i128, ptr %4, align 16
  %7 = urem i128 %5, %6
  ret i128 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i128 @ashr128(i128 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i32, align 4
  store i128 %0, ptr %3, align 16
  store i32 %1, ptr %4, align 4
  %5 = load i128, ptr %3, align 16
  %6 = load i32, ptr %4, align 4
  %7 = zext i32 %6 to i128
  %8 = ashr i128 %5, %7
  ret i128 %8
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
