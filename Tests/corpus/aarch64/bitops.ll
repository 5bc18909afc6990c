; ModuleID = 'bitops.c'
source_filename = "bitops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x i64], align 8
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
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 48, i1 false)
  %19 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 1
  store i64 1, ptr %19, align 8
  %20 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 2
  store i64 2147483648, ptr %20, align 8
  %21 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 3
  store i64 3735928559, ptr %21, align 8
  %22 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 4
  store i64 81985529216486895, ptr %22, align 8
  %23 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 5
  store i64 -1, ptr %23, align 8
  store i32 0, ptr %3, align 4
  br label %24

24:                                               ; preds = %57, %0
  %25 = load i32, ptr %3, align 4
  %26 = icmp slt i32 %25, 6
  br i1 %26, label %27, label %60

27:                                               ; preds = %24
  %28 = load i32, ptr %3, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [6 x i64], ptr %2, i64 0, i64 %29
  %31 = load i64, ptr %30, align 8
  store i64 %31, ptr %4, align 8
  %32 = load i64, ptr %4, align 8
  %33 = trunc i64 %32 to i32
  store i32 %33, ptr %5, align 4
  %34 = load i64, ptr %4, align 8
  %35 = load i64, ptr %4, align 8
  %36 = call i32 @popcount_manual(i64 noundef %35)
  %37 = load i64, ptr %4, align 8
  %38 = call i64 @llvm.ctpop.i64(i64 %37)
  %39 = trunc i64 %38 to i32
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %34, i32 noundef %36, i32 noundef %39)
  %41 = load i32, ptr %5, align 4
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %43, label %49

43:                                               ; preds = %27
  %44 = load i32, ptr %5, align 4
  %45 = call i32 @llvm.ctlz.i32(i32 %44, i1 false)
  %46 = load i32, ptr %5, align 4
  %47 = call i32 @llvm.cttz.i32(i32 %46, i1 false)
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %45, i32 noundef %47)
  br label %49

49:                                               ; preds = %43, %27
  %50 = load i32, ptr %5, align 4
  %51 = call i32 @llvm.bswap.i32(i32 %50)
  %52 = load i64, ptr %4, align 8
  %53 = call i64 @llvm.bswap.i64(i64 %52)
  %54 = load i32, ptr %5, align 4
  %55 = call i32 @reverse_bits(i32 noundef %54)
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %51, i64 noundef %53, i32 noundef %55)
  br label %57

57:                                               ; preds = %49
  %58 = load i32, ptr %3, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %3, align 4
  br label %24, !llvm.loop !6

60:                                               ; preds = %24
  store i16 4660, ptr %6, align 2
  %61 = load i16, ptr %6, align 2
  %62 = call i16 @llvm.bswap.i16(i16 %61)
  %63 = zext i16 %62 to i32
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %63)
  store i32 1515870810, ptr %7, align 4
  store i32 267390960, ptr %8, align 4
  %65 = load i32, ptr %7, align 4
  %66 = load i32, ptr %8, align 4
  %67 = and i32 %65, %66
  %68 = load i32, ptr %7, align 4
  %69 = load i32, ptr %8, align 4
  %70 = or i32 %68, %69
  %71 = load i32, ptr %7, align 4
  %72 = load i32, ptr %8, align 4
  %73 = xor i32 %71, %72
  %74 = load i32, ptr %7, align 4
  %75 = xor i32 %74, -1
  %76 = load i32, ptr %7, align 4
  %77 = load i32, ptr %8, align 4
  %78 = xor i32 %77, -1
  %79 = and i32 %76, %78
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %67, i32 noundef %70, i32 noundef %73, i32 noundef %75, i32 noundef %79)
  %81 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 2147483647, i32 1)
  %82 = extractvalue { i32, i1 } %81, 1
  %83 = extractvalue { i32, i1 } %81, 0
  store i32 %83, ptr %9, align 4
  %84 = zext i1 %82 to i32
  store i32 %84, ptr %10, align 4
  %85 = load i32, ptr %10, align 4
  %86 = load i32, ptr %9, align 4
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %85, i32 noundef %86)
  %88 = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 65536, i32 65536)
  %89 = extractvalue { i32, i1 } %88, 1
  %90 = extractvalue { i32, i1 } %88, 0
  store i32 %90, ptr %11, align 4
  %91 = zext i1 %89 to i32
  store i32 %91, ptr %12, align 4
  %92 = load i32, ptr %12, align 4
  %93 = load i32, ptr %11, align 4
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %92, i32 noundef %93)
  store i64 0, ptr %13, align 8
  %95 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 -9223372036854775808, i64 1)
  %96 = extractvalue { i64, i1 } %95, 1
  %97 = extractvalue { i64, i1 } %95, 0
  store i64 %97, ptr %13, align 8
  %98 = zext i1 %96 to i32
  store i32 %98, ptr %14, align 4
  %99 = load i32, ptr %14, align 4
  %100 = load i64, ptr %13, align 8
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %99, i64 noundef %100)
  %102 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 1, i32 2)
  %103 = extractvalue { i32, i1 } %102, 1
  %104 = extractvalue { i32, i1 } %102, 0
  store i32 %104, ptr %11, align 4
  %105 = zext i1 %103 to i32
  store i32 %105, ptr %15, align 4
  %106 = load i32, ptr %15, align 4
  %107 = load i32, ptr %11, align 4
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %106, i32 noundef %107)
  store volatile i32 -42, ptr %16, align 4
  store volatile i64 -5000000000, ptr %17, align 8
  %109 = load volatile i32, ptr %16, align 4
  %110 = call i32 @llvm.abs.i32(i32 %109, i1 true)
  %111 = load volatile i32, ptr %16, align 4
  %112 = sub nsw i32 0, %111
  %113 = call i32 @llvm.abs.i32(i32 %112, i1 true)
  %114 = load volatile i64, ptr %17, align 8
  %115 = call i64 @llvm.abs.i64(i64 %114, i1 true)
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %110, i32 noundef %113, i64 noundef %115)
  %117 = load i32, ptr %7, align 4
  %118 = load i32, ptr %8, align 4
  %119 = icmp sgt i32 %117, %118
  %120 = zext i1 %119 to i32
  %121 = sext i32 %120 to i64
  %122 = icmp ne i64 %121, 0
  %123 = zext i1 %122 to i64
  %124 = select i1 %122, i32 1, i32 0
  store i32 %124, ptr %18, align 4
  %125 = load i32, ptr %18, align 4
  %126 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %125)
  %127 = load i32, ptr %10, align 4
  %128 = load i32, ptr %12, align 4
  %129 = add nsw i32 %127, %128
  %130 = load i32, ptr %14, align 4
  %131 = add nsw i32 %129, %130
  %132 = load i32, ptr %15, align 4
  %133 = add nsw i32 %131, %132
  ret i32 %133
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
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
  br label %4, !llvm.loop !8

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

; Function Attrs: noinline nounwind optnone uwtable
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
  br label %5, !llvm.loop !9

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

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
