; ModuleID = 'unions.c'
source_filename = "unions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%union.anon = type { double }
%union.DBits = type { double }
%union.Bytes = type { i32 }
%struct.Value = type { i32, %union.anon }
%union.Mixed = type { i64, [8 x i8] }
%union.FBits = type { float }

@.str = private unnamed_addr constant [22 x i8] c"fbits %08x %08x %08x\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"bitsf %.6f\0A\00", align 1
@.str.2 = private unnamed_addr constant [31 x i8] c"dbits %016llx lo %08x hi %08x\0A\00", align 1
@.str.3 = private unnamed_addr constant [27 x i8] c"bytes %02x %02x %02x %02x\0A\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@__const.main.vs = private unnamed_addr constant <{ { i32, [4 x i8], { i32, [4 x i8] } }, { i32, [4 x i8], %union.anon }, { i32, [4 x i8], { ptr } } }> <{ { i32, [4 x i8], { i32, [4 x i8] } } { i32 0, [4 x i8] zeroinitializer, { i32, [4 x i8] } { i32 -7, [4 x i8] zeroinitializer } }, { i32, [4 x i8], %union.anon } { i32 1, [4 x i8] zeroinitializer, %union.anon { double 6.250000e+00 } }, { i32, [4 x i8], { ptr } } { i32 2, [4 x i8] zeroinitializer, { ptr } { ptr @.str.4 } } }>, align 8
@.str.5 = private unnamed_addr constant [10 x i8] c"mixed %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"unionstr\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"mixed str %s %u\0A\00", align 1
@.str.8 = private unnamed_addr constant [8 x i8] c"exp %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"int %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"dbl %.3f\0A\00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"str %s\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %union.DBits, align 8
  %3 = alloca %union.Bytes, align 4
  %4 = alloca [3 x %struct.Value], align 8
  %5 = alloca i32, align 4
  %6 = alloca %union.Mixed, align 8
  %7 = alloca i32, align 4
  %8 = alloca %union.DBits, align 8
  store i32 0, ptr %1, align 4
  %9 = call i32 @float_bits(float noundef 1.000000e+00)
  %10 = call i32 @float_bits(float noundef -0.000000e+00)
  %11 = call i32 @float_bits(float noundef 0x400921FA00000000)
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %9, i32 noundef %10, i32 noundef %11)
  %13 = call float @bits_float(i32 noundef 1078530011)
  %14 = fpext float %13 to double
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %14)
  %16 = call i64 @dbits(double noundef -2.500000e+00)
  %17 = getelementptr inbounds nuw %union.DBits, ptr %2, i32 0, i32 0
  store i64 %16, ptr %17, align 8
  %18 = load i64, ptr %2, align 8
  %19 = getelementptr inbounds [2 x i32], ptr %2, i64 0, i64 0
  %20 = load i32, ptr %19, align 8
  %21 = getelementptr inbounds [2 x i32], ptr %2, i64 0, i64 1
  %22 = load i32, ptr %21, align 4
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %18, i32 noundef %20, i32 noundef %22)
  store i32 287454020, ptr %3, align 4
  %24 = getelementptr inbounds [4 x i8], ptr %3, i64 0, i64 0
  %25 = load i8, ptr %24, align 4
  %26 = zext i8 %25 to i32
  %27 = getelementptr inbounds [4 x i8], ptr %3, i64 0, i64 1
  %28 = load i8, ptr %27, align 1
  %29 = zext i8 %28 to i32
  %30 = getelementptr inbounds [4 x i8], ptr %3, i64 0, i64 2
  %31 = load i8, ptr %30, align 2
  %32 = zext i8 %31 to i32
  %33 = getelementptr inbounds [4 x i8], ptr %3, i64 0, i64 3
  %34 = load i8, ptr %33, align 1
  %35 = zext i8 %34 to i32
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %26, i32 noundef %29, i32 noundef %32, i32 noundef %35)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 @__const.main.vs, i64 48, i1 false)
  store i32 0, ptr %5, align 4
  br label %37

37:                                               ; preds = %45, %0
  %38 = load i32, ptr %5, align 4
  %39 = icmp slt i32 %38, 3
  br i1 %39, label %40, label %48

40:                                               ; preds = %37
  %41 = load i32, ptr %5, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [3 x %struct.Value], ptr %4, i64 0, i64 %42
  %44 = load [2 x i64], ptr %43, align 8
  call void @show([2 x i64] %44)
  br label %45

45:                                               ; preds = %40
  %46 = load i32, ptr %5, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %5, align 4
  br label %37, !llvm.loop !6

48:                                               ; preds = %37
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 16, i1 false)
  store i16 258, ptr %6, align 8
  %49 = load [2 x i64], ptr %6, align 8
  %50 = call i32 @mixed_sum([2 x i64] %49)
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %50)
  %52 = getelementptr inbounds [12 x i8], ptr %6, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %52, ptr align 1 @.str.6, i64 9, i1 false)
  %53 = getelementptr inbounds [12 x i8], ptr %6, i64 0, i64 0
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %53, i32 noundef 16)
  %55 = call i64 @dbits(double noundef 1.024000e+03)
  %56 = getelementptr inbounds nuw %union.DBits, ptr %8, i32 0, i32 0
  store i64 %55, ptr %56, align 8
  %57 = load i64, ptr %8, align 8
  %58 = lshr i64 %57, 52
  %59 = and i64 %58, 2047
  %60 = trunc i64 %59 to i32
  %61 = sub nsw i32 %60, 1023
  store i32 %61, ptr %7, align 4
  %62 = load i32, ptr %7, align 4
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %62)
  %64 = load i32, ptr %7, align 4
  ret i32 %64
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @float_bits(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca %union.FBits, align 4
  store float %0, ptr %2, align 4
  %4 = load float, ptr %2, align 4
  store float %4, ptr %3, align 4
  %5 = load i32, ptr %3, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @bits_float(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %union.FBits, align 4
  store i32 %0, ptr %2, align 4
  %4 = load i32, ptr %2, align 4
  store i32 %4, ptr %3, align 4
  %5 = load float, ptr %3, align 4
  ret float %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @dbits(double noundef %0) #0 {
  %2 = alloca %union.DBits, align 8
  %3 = alloca double, align 8
  store double %0, ptr %3, align 8
  %4 = load double, ptr %3, align 8
  store double %4, ptr %2, align 8
  %5 = getelementptr inbounds nuw %union.DBits, ptr %2, i32 0, i32 0
  %6 = load i64, ptr %5, align 8
  ret i64 %6
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @show([2 x i64] %0) #0 {
  %2 = alloca %struct.Value, align 8
  store [2 x i64] %0, ptr %2, align 8
  %3 = getelementptr inbounds nuw %struct.Value, ptr %2, i32 0, i32 0
  %4 = load i32, ptr %3, align 8
  switch i32 %4, label %17 [
    i32 0, label %5
    i32 1, label %9
    i32 2, label %13
  ]

5:                                                ; preds = %1
  %6 = getelementptr inbounds nuw %struct.Value, ptr %2, i32 0, i32 1
  %7 = load i32, ptr %6, align 8
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %7)
  br label %17

9:                                                ; preds = %1
  %10 = getelementptr inbounds nuw %struct.Value, ptr %2, i32 0, i32 1
  %11 = load double, ptr %10, align 8
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %11)
  br label %17

13:                                               ; preds = %1
  %14 = getelementptr inbounds nuw %struct.Value, ptr %2, i32 0, i32 1
  %15 = load ptr, ptr %14, align 8
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %15)
  br label %17

17:                                               ; preds = %1, %13, %9, %5
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @mixed_sum([2 x i64] %0) #0 {
  %2 = alloca %union.Mixed, align 8
  store [2 x i64] %0, ptr %2, align 8
  %3 = load i8, ptr %2, align 8
  %4 = zext i8 %3 to i32
  %5 = load i16, ptr %2, align 8
  %6 = sext i16 %5 to i32
  %7 = add nsw i32 %4, %6
  ret i32 %7
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
