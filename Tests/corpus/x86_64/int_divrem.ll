; ModuleID = 'int_divrem.c'
source_filename = "int_divrem.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.vals = private unnamed_addr constant [9 x i32] [i32 7, i32 -7, i32 100, i32 -100, i32 2147483647, i32 -2147483647, i32 1, i32 -1, i32 13], align 16
@__const.main.divs = private unnamed_addr constant [8 x i32] [i32 2, i32 -2, i32 3, i32 -3, i32 7, i32 -7, i32 1, i32 10], align 16
@.str = private unnamed_addr constant [17 x i8] c"%d: %d %d %u %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"hash32 %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [24 x i8] c"64 %lld %lld %lld %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [20 x i8] c"u64 %llu %llu %llu\0A\00", align 1
@.str.4 = private unnamed_addr constant [18 x i8] c"16 %d %u 8 %d %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"%d/4=%d %d%%4=%d \00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [9 x i32], align 16
  %3 = alloca [8 x i32], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.vals, i64 36, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.divs, i64 32, i1 false)
  store i32 9, ptr %4, align 4
  store i32 8, ptr %5, align 4
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %15

15:                                               ; preds = %101, %0
  %16 = load i32, ptr %7, align 4
  %17 = load i32, ptr %4, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %104

19:                                               ; preds = %15
  store i32 0, ptr %8, align 4
  br label %20

20:                                               ; preds = %72, %19
  %21 = load i32, ptr %8, align 4
  %22 = load i32, ptr %5, align 4
  %23 = icmp slt i32 %21, %22
  br i1 %23, label %24, label %75

24:                                               ; preds = %20
  %25 = load i32, ptr %7, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %26
  %28 = load i32, ptr %27, align 4
  %29 = load i32, ptr %8, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [8 x i32], ptr %3, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4
  %33 = call i32 @sdiv32(i32 noundef %28, i32 noundef %32)
  store i32 %33, ptr %9, align 4
  %34 = load i32, ptr %7, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %35
  %37 = load i32, ptr %36, align 4
  %38 = load i32, ptr %8, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [8 x i32], ptr %3, i64 0, i64 %39
  %41 = load i32, ptr %40, align 4
  %42 = call i32 @srem32(i32 noundef %37, i32 noundef %41)
  store i32 %42, ptr %10, align 4
  %43 = load i32, ptr %7, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4
  %47 = load i32, ptr %8, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [8 x i32], ptr %3, i64 0, i64 %48
  %50 = load i32, ptr %49, align 4
  %51 = call i32 @udiv32(i32 noundef %46, i32 noundef %50)
  store i32 %51, ptr %11, align 4
  %52 = load i32, ptr %7, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %53
  %55 = load i32, ptr %54, align 4
  %56 = load i32, ptr %8, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [8 x i32], ptr %3, i64 0, i64 %57
  %59 = load i32, ptr %58, align 4
  %60 = call i32 @urem32(i32 noundef %55, i32 noundef %59)
  store i32 %60, ptr %12, align 4
  %61 = load i32, ptr %6, align 4
  %62 = mul i32 %61, 31
  %63 = load i32, ptr %9, align 4
  %64 = add i32 %62, %63
  %65 = load i32, ptr %10, align 4
  %66 = add i32 %64, %65
  store i32 %66, ptr %6, align 4
  %67 = load i32, ptr %11, align 4
  %68 = load i32, ptr %12, align 4
  %69 = add i32 %67, %68
  %70 = load i32, ptr %6, align 4
  %71 = xor i32 %70, %69
  store i32 %71, ptr %6, align 4
  br label %72

72:                                               ; preds = %24
  %73 = load i32, ptr %8, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %8, align 4
  br label %20, !llvm.loop !6

75:                                               ; preds = %20
  %76 = load i32, ptr %7, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4
  %80 = load i32, ptr %7, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %81
  %83 = load i32, ptr %82, align 4
  %84 = call i32 @sdiv32(i32 noundef %83, i32 noundef 3)
  %85 = load i32, ptr %7, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %86
  %88 = load i32, ptr %87, align 4
  %89 = call i32 @srem32(i32 noundef %88, i32 noundef -3)
  %90 = load i32, ptr %7, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %91
  %93 = load i32, ptr %92, align 4
  %94 = call i32 @udiv32(i32 noundef %93, i32 noundef 3)
  %95 = load i32, ptr %7, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %96
  %98 = load i32, ptr %97, align 4
  %99 = call i32 @urem32(i32 noundef %98, i32 noundef 3)
  %100 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %79, i32 noundef %84, i32 noundef %89, i32 noundef %94, i32 noundef %99)
  br label %101

101:                                              ; preds = %75
  %102 = load i32, ptr %7, align 4
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %7, align 4
  br label %15, !llvm.loop !8

104:                                              ; preds = %15
  %105 = load i32, ptr %6, align 4
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %105)
  store i64 -9223372036854775807, ptr %13, align 8
  %107 = load i64, ptr %13, align 8
  %108 = call i64 @sdiv64(i64 noundef %107, i64 noundef 10)
  %109 = load i64, ptr %13, align 8
  %110 = call i64 @srem64(i64 noundef %109, i64 noundef 10)
  %111 = load i64, ptr %13, align 8
  %112 = call i64 @sdiv64(i64 noundef %111, i64 noundef -3)
  %113 = call i64 @srem64(i64 noundef -17, i64 noundef 5)
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %108, i64 noundef %110, i64 noundef %112, i64 noundef %113)
  %115 = call i64 @udiv64(i64 noundef -1, i64 noundef 10)
  %116 = call i64 @urem64(i64 noundef -1, i64 noundef 10)
  %117 = load i64, ptr %13, align 8
  %118 = call i64 @udiv64(i64 noundef %117, i64 noundef 7)
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %115, i64 noundef %116, i64 noundef %118)
  %120 = call signext i16 @sdiv16(i16 noundef signext -32767, i16 noundef signext 10)
  %121 = sext i16 %120 to i32
  %122 = call zeroext i16 @urem16(i16 noundef zeroext -1, i16 noundef zeroext 1000)
  %123 = zext i16 %122 to i32
  %124 = call signext i8 @srem8(i8 noundef signext -127, i8 noundef signext 10)
  %125 = sext i8 %124 to i32
  %126 = call zeroext i8 @udiv8(i8 noundef zeroext -1, i8 noundef zeroext 16)
  %127 = zext i8 %126 to i32
  %128 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %121, i32 noundef %123, i32 noundef %125, i32 noundef %127)
  store i32 -9, ptr %14, align 4
  br label %129

129:                                              ; preds = %140, %104
  %130 = load i32, ptr %14, align 4
  %131 = icmp sle i32 %130, 9
  br i1 %131, label %132, label %143

132:                                              ; preds = %129
  %133 = load i32, ptr %14, align 4
  %134 = load i32, ptr %14, align 4
  %135 = sdiv i32 %134, 4
  %136 = load i32, ptr %14, align 4
  %137 = load i32, ptr %14, align 4
  %138 = srem i32 %137, 4
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %133, i32 noundef %135, i32 noundef %136, i32 noundef %138)
  br label %140

140:                                              ; preds = %132
  %141 = load i32, ptr %14, align 4
  %142 = add nsw i32 %141, 3
  store i32 %142, ptr %14, align 4
  br label %129, !llvm.loop !9

143:                                              ; preds = %129
  %144 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  %145 = call i64 @urem64(i64 noundef 1234567, i64 noundef 97)
  %146 = and i64 %145, 63
  %147 = trunc i64 %146 to i32
  ret i32 %147
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sdiv32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = sdiv i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @srem32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = srem i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @udiv32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = udiv i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @urem32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = urem i32 %5, %6
  ret i32 %7
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @sdiv64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = sdiv i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @srem64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = srem i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @udiv64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = udiv i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @urem64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = urem i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i16 @sdiv16(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = sdiv i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i16 @urem16(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = srem i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i8 @srem8(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = srem i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i8 @udiv8(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = sdiv i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
