; ModuleID = 'unions.c'
source_filename = "unions.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

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
@__const.main.vs = private unnamed_addr constant <{ { i32, [4 x i8], { i32, [4 x i8] } }, { i32, [4 x i8], %union.anon }, { i32, [4 x i8], { ptr, [4 x i8] } } }> <{ { i32, [4 x i8], { i32, [4 x i8] } } { i32 0, [4 x i8] zeroinitializer, { i32, [4 x i8] } { i32 -7, [4 x i8] zeroinitializer } }, { i32, [4 x i8], %union.anon } { i32 1, [4 x i8] zeroinitializer, %union.anon { double 6.250000e+00 } }, { i32, [4 x i8], { ptr, [4 x i8] } } { i32 2, [4 x i8] zeroinitializer, { ptr, [4 x i8] } { ptr @.str.4, [4 x i8] zeroinitializer } } }>, align 16
@.str.5 = private unnamed_addr constant [10 x i8] c"mixed %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"unionstr\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"mixed str %s %u\0A\00", align 1
@.str.8 = private unnamed_addr constant [8 x i8] c"exp %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"int %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"dbl %.3f\0A\00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"str %s\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %union.DBits, align 8
  %3 = alloca %union.Bytes, align 4
  %4 = alloca [3 x %struct.Value], align 16
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
  call void @dbits(ptr dead_on_unwind writable sret(%union.DBits) align 8 %2, double noundef -2.500000e+00)
  %16 = load i64, ptr %2, align 8
  %17 = getelementptr inbounds [2 x i32], ptr %2, i32 0, i32 0
  %18 = load i32, ptr %17, align 8
  %19 = getelementptr inbounds [2 x i32], ptr %2, i32 0, i32 1
  %20 = load i32, ptr %19, align 4
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %16, i32 noundef %18, i32 noundef %20)
  store i32 287454020, ptr %3, align 4
  %22 = getelementptr inbounds [4 x i8], ptr %3, i32 0, i32 0
  %23 = load i8, ptr %22, align 4
  %24 = zext i8 %23 to i32
  %25 = getelementptr inbounds [4 x i8], ptr %3, i32 0, i32 1
  %26 = load i8, ptr %25, align 1
  %27 = zext i8 %26 to i32
  %28 = getelementptr inbounds [4 x i8], ptr %3, i32 0, i32 2
  %29 = load i8, ptr %28, align 2
  %30 = zext i8 %29 to i32
  %31 = getelementptr inbounds [4 x i8], ptr %3, i32 0, i32 3
  %32 = load i8, ptr %31, align 1
  %33 = zext i8 %32 to i32
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %24, i32 noundef %27, i32 noundef %30, i32 noundef %33)
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %4, ptr align 16 @__const.main.vs, i32 48, i1 false)
  store i32 0, ptr %5, align 4
  br label %35

35:                                               ; preds = %41, %0
  %36 = load i32, ptr %5, align 4
  %37 = icmp slt i32 %36, 3
  br i1 %37, label %38, label %44

38:                                               ; preds = %35
  %39 = load i32, ptr %5, align 4
  %40 = getelementptr inbounds [3 x %struct.Value], ptr %4, i32 0, i32 %39
  call void @show(ptr noundef byval(%struct.Value) align 8 %40)
  br label %41

41:                                               ; preds = %38
  %42 = load i32, ptr %5, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %5, align 4
  br label %35, !llvm.loop !2

44:                                               ; preds = %35
  call void @llvm.memset.p0.i32(ptr align 8 %6, i8 0, i32 16, i1 false)
  store i16 258, ptr %6, align 8
  %45 = call i32 @mixed_sum(ptr noundef byval(%union.Mixed) align 8 %6)
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %45)
  %47 = getelementptr inbounds [12 x i8], ptr %6, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %47, ptr align 1 @.str.6, i32 9, i1 false)
  %48 = getelementptr inbounds [12 x i8], ptr %6, i32 0, i32 0
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %48, i32 noundef 16)
  call void @dbits(ptr dead_on_unwind writable sret(%union.DBits) align 8 %8, double noundef 1.024000e+03)
  %50 = load i64, ptr %8, align 8
  %51 = lshr i64 %50, 52
  %52 = and i64 %51, 2047
  %53 = trunc i64 %52 to i32
  %54 = sub nsw i32 %53, 1023
  store i32 %54, ptr %7, align 4
  %55 = load i32, ptr %7, align 4
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %55)
  %57 = load i32, ptr %7, align 4
  ret i32 %57
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @float_bits(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca %union.FBits, align 4
  store float %0, ptr %2, align 4
  %4 = load float, ptr %2, align 4
  store float %4, ptr %3, align 4
  %5 = load i32, ptr %3, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone
define internal float @bits_float(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %union.FBits, align 4
  store i32 %0, ptr %2, align 4
  %4 = load i32, ptr %2, align 4
  store i32 %4, ptr %3, align 4
  %5 = load float, ptr %3, align 4
  ret float %5
}

; Function Attrs: noinline nounwind optnone
define internal void @dbits(ptr dead_on_unwind noalias writable sret(%union.DBits) align 8 %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  store double %1, ptr %3, align 8
  %4 = load double, ptr %3, align 8
  store double %4, ptr %0, align 8
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal void @show(ptr noundef byval(%struct.Value) align 8 %0) #0 {
  %2 = getelementptr inbounds nuw %struct.Value, ptr %0, i32 0, i32 0
  %3 = load i32, ptr %2, align 8
  switch i32 %3, label %16 [
    i32 0, label %4
    i32 1, label %8
    i32 2, label %12
  ]

4:                                                ; preds = %1
  %5 = getelementptr inbounds nuw %struct.Value, ptr %0, i32 0, i32 1
  %6 = load i32, ptr %5, align 8
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %6)
  br label %16

8:                                                ; preds = %1
  %9 = getelementptr inbounds nuw %struct.Value, ptr %0, i32 0, i32 1
  %10 = load double, ptr %9, align 8
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %10)
  br label %16

12:                                               ; preds = %1
  %13 = getelementptr inbounds nuw %struct.Value, ptr %0, i32 0, i32 1
  %14 = load ptr, ptr %13, align 8
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %14)
  br label %16

16:                                               ; preds = %1, %12, %8, %4
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #3

; Function Attrs: noinline nounwind optnone
define internal i32 @mixed_sum(ptr noundef byval(%union.Mixed) align 8 %0) #0 {
  %2 = load i8, ptr %0, align 8
  %3 = sext i8 %2 to i32
  %4 = load i16, ptr %0, align 8
  %5 = sext i16 %4 to i32
  %6 = add nsw i32 %3, %5
  ret i32 %6
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
