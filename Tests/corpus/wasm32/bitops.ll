; ModuleID = 'bitops.c'
source_filename = "bitops.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [15 x i8] c"%llx pop %d/%d\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c" clz %d ctz %d\00", align 1
@.str.2 = private unnamed_addr constant [23 x i8] c" bswap %x %llx rev %x\0A\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"bswap16 %x\0A\00", align 1
@.str.4 = private unnamed_addr constant [38 x i8] c"and %x or %x xor %x not %x andnot %x\0A\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"sadd %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"umul %d %u\0A\00", align 1
@.str.7 = private unnamed_addr constant [14 x i8] c"ssub %d %lld\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"uadd %d %u\0A\00", align 1
@.str.9 = private unnamed_addr constant [16 x i8] c"abs %d %d %lld\0A\00", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"expect %d\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x i64], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i16, align 2
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i32(ptr align 16 %2, i8 0, i32 48, i1 false)
  %19 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 1
  store i64 1, ptr %19, align 8
  %20 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 2
  store i64 2147483648, ptr %20, align 16
  %21 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 3
  store i64 3735928559, ptr %21, align 8
  %22 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 4
  store i64 81985529216486895, ptr %22, align 16
  %23 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 5
  store i64 -1, ptr %23, align 8
  store i32 0, ptr %3, align 4
  br label %24

24:                                               ; preds = %56, %0
  %25 = load i32, ptr %3, align 4
  %26 = icmp slt i32 %25, 6
  br i1 %26, label %27, label %59

27:                                               ; preds = %24
  %28 = load i32, ptr %3, align 4
  %29 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 %28
  %30 = load i64, ptr %29, align 8
  store i64 %30, ptr %4, align 8
  %31 = load i64, ptr %4, align 8
  %32 = trunc i64 %31 to i32
  store i32 %32, ptr %5, align 4
  %33 = load i64, ptr %4, align 8
  %34 = load i64, ptr %4, align 8
  %35 = call i32 @popcount_manual(i64 noundef %34)
  %36 = load i64, ptr %4, align 8
  %37 = call i64 @llvm.ctpop.i64(i64 %36)
  %38 = trunc i64 %37 to i32
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %33, i32 noundef %35, i32 noundef %38)
  %40 = load i32, ptr %5, align 4
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %42, label %48

42:                                               ; preds = %27
  %43 = load i32, ptr %5, align 4
  %44 = call i32 @llvm.ctlz.i32(i32 %43, i1 false)
  %45 = load i32, ptr %5, align 4
  %46 = call i32 @llvm.cttz.i32(i32 %45, i1 false)
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %44, i32 noundef %46)
  br label %48

48:                                               ; preds = %42, %27
  %49 = load i32, ptr %5, align 4
  %50 = call i32 @llvm.bswap.i32(i32 %49)
  %51 = load i64, ptr %4, align 8
  %52 = call i64 @llvm.bswap.i64(i64 %51)
  %53 = load i32, ptr %5, align 4
  %54 = call i32 @reverse_bits(i32 noundef %53)
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %50, i64 noundef %52, i32 noundef %54)
  br label %56

56:                                               ; preds = %48
  %57 = load i32, ptr %3, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %3, align 4
  br label %24, !llvm.loop !2

59:                                               ; preds = %24
  store i16 4660, ptr %6, align 2
  %60 = load i16, ptr %6, align 2
  %61 = call i16 @llvm.bswap.i16(i16 %60)
  %62 = zext i16 %61 to i32
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %62)
  store i32 1515870810, ptr %7, align 4
  store i32 267390960, ptr %8, align 4
  %64 = load i32, ptr %7, align 4
  %65 = load i32, ptr %8, align 4
  %66 = and i32 %64, %65
  %67 = load i32, ptr %7, align 4
  %68 = load i32, ptr %8, align 4
  %69 = or i32 %67, %68
  %70 = load i32, ptr %7, align 4
  %71 = load i32, ptr %8, align 4
  %72 = xor i32 %70, %71
  %73 = load i32, ptr %7, align 4
  %74 = xor i32 %73, -1
  %75 = load i32, ptr %7, align 4
  %76 = load i32, ptr %8, align 4
  %77 = xor i32 %76, -1
  %78 = and i32 %75, %77
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %66, i32 noundef %69, i32 noundef %72, i32 noundef %74, i32 noundef %78)
  %80 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 2147483647, i32 1)
  %81 = extractvalue { i32, i1 } %80, 1
  %82 = extractvalue { i32, i1 } %80, 0
  store i32 %82, ptr %9, align 4
  %83 = zext i1 %81 to i32
  store i32 %83, ptr %10, align 4
  %84 = load i32, ptr %10, align 4
  %85 = load i32, ptr %9, align 4
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %84, i32 noundef %85)
  %87 = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 65536, i32 65536)
  %88 = extractvalue { i32, i1 } %87, 1
  %89 = extractvalue { i32, i1 } %87, 0
  store i32 %89, ptr %11, align 4
  %90 = zext i1 %88 to i32
  store i32 %90, ptr %12, align 4
  %91 = load i32, ptr %12, align 4
  %92 = load i32, ptr %11, align 4
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %91, i32 noundef %92)
  store i64 0, ptr %13, align 8
  %94 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 -9223372036854775808, i64 1)
  %95 = extractvalue { i64, i1 } %94, 1
  %96 = extractvalue { i64, i1 } %94, 0
  store i64 %96, ptr %13, align 8
  %97 = zext i1 %95 to i32
  store i32 %97, ptr %14, align 4
  %98 = load i32, ptr %14, align 4
  %99 = load i64, ptr %13, align 8
  %100 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %98, i64 noundef %99)
  %101 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 1, i32 2)
  %102 = extractvalue { i32, i1 } %101, 1
  %103 = extractvalue { i32, i1 } %101, 0
  store i32 %103, ptr %11, align 4
  %104 = zext i1 %102 to i32
  store i32 %104, ptr %15, align 4
  %105 = load i32, ptr %15, align 4
  %106 = load i32, ptr %11, align 4
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %105, i32 noundef %106)
  store volatile i32 -42, ptr %16, align 4
  store volatile i64 -5000000000, ptr %17, align 8
  %108 = load volatile i32, ptr %16, align 4
  %109 = call i32 @llvm.abs.i32(i32 %108, i1 true)
  %110 = load volatile i32, ptr %16, align 4
  %111 = sub nsw i32 0, %110
  %112 = call i32 @llvm.abs.i32(i32 %111, i1 true)
  %113 = load volatile i64, ptr %17, align 8
  %114 = call i64 @llvm.abs.i64(i64 %113, i1 true)
  %115 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %109, i32 noundef %112, i64 noundef %114)
  %116 = load i32, ptr %7, align 4
  %117 = load i32, ptr %8, align 4
  %118 = icmp sgt i32 %116, %117
  %119 = zext i1 %118 to i64
  %120 = select i1 %118, i32 1, i32 0
  store i32 %120, ptr %18, align 4
  %121 = load i32, ptr %18, align 4
  %122 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %121)
  %123 = load i32, ptr %10, align 4
  %124 = load i32, ptr %12, align 4
  %125 = add nsw i32 %123, %124
  %126 = load i32, ptr %14, align 4
  %127 = add nsw i32 %125, %126
  %128 = load i32, ptr %15, align 4
  %129 = add nsw i32 %127, %128
  ret i32 %129
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone
define internal i32 @popcount_manual(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i64, ptr %2, align 8
  %6 = icmp ne i64 %5, 0
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8
  %9 = sub i64 %8, 1
  %10 = load i64, ptr %2, align 8
  %11 = and i64 %10, %9
  store i64 %11, ptr %2, align 8
  %12 = load i32, ptr %3, align 4
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr %3, align 4
  br label %4, !llvm.loop !4

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4
  ret i32 %15
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctlz.i32(i32, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.cttz.i32(i32, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.bswap.i64(i64) #3

; Function Attrs: noinline nounwind optnone
define internal i32 @reverse_bits(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %16, %1
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 32
  br i1 %7, label %8, label %19

8:                                                ; preds = %5
  %9 = load i32, ptr %3, align 4
  %10 = shl i32 %9, 1
  %11 = load i32, ptr %2, align 4
  %12 = and i32 %11, 1
  %13 = or i32 %10, %12
  store i32 %13, ptr %3, align 4
  %14 = load i32, ptr %2, align 4
  %15 = lshr i32 %14, 1
  store i32 %15, ptr %2, align 4
  br label %16

16:                                               ; preds = %8
  %17 = load i32, ptr %4, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %4, align 4
  br label %5, !llvm.loop !5

19:                                               ; preds = %5
  %20 = load i32, ptr %3, align 4
  ret i32 %20
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.bswap.i16(i16) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.umul.with.overflow.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.ssub.with.overflow.i64(i64, i64) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
