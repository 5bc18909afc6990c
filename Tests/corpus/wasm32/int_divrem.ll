; ModuleID = 'int_divrem.c'
source_filename = "int_divrem.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@__const.main.vals = private unnamed_addr constant [9 x i32] [i32 7, i32 -7, i32 100, i32 -100, i32 2147483647, i32 -2147483647, i32 1, i32 -1, i32 13], align 16
@__const.main.divs = private unnamed_addr constant [8 x i32] [i32 2, i32 -2, i32 3, i32 -3, i32 7, i32 -7, i32 1, i32 10], align 16
@.str = private unnamed_addr constant [17 x i8] c"%d: %d %d %u %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"hash32 %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [24 x i8] c"64 %lld %lld %lld %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [20 x i8] c"u64 %llu %llu %llu\0A\00", align 1
@.str.4 = private unnamed_addr constant [18 x i8] c"16 %d %u 8 %d %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"%d/4=%d %d%%4=%d \00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
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
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %2, ptr align 16 @__const.main.vals, i32 36, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %3, ptr align 16 @__const.main.divs, i32 32, i1 false)
  store i32 9, ptr %4, align 4
  store i32 8, ptr %5, align 4
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %15

15:                                               ; preds = %88, %0
  %16 = load i32, ptr %7, align 4
  %17 = load i32, ptr %4, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %91

19:                                               ; preds = %15
  store i32 0, ptr %8, align 4
  br label %20

20:                                               ; preds = %64, %19
  %21 = load i32, ptr %8, align 4
  %22 = load i32, ptr %5, align 4
  %23 = icmp slt i32 %21, %22
  br i1 %23, label %24, label %67

24:                                               ; preds = %20
  %25 = load i32, ptr %7, align 4
  %26 = getelementptr inbounds [9 x i32], ptr %2, i32 0, i32 %25
  %27 = load i32, ptr %26, align 4
  %28 = load i32, ptr %8, align 4
  %29 = getelementptr inbounds [8 x i32], ptr %3, i32 0, i32 %28
  %30 = load i32, ptr %29, align 4
  %31 = call i32 @sdiv32(i32 noundef %27, i32 noundef %30)
  store i32 %31, ptr %9, align 4
  %32 = load i32, ptr %7, align 4
  %33 = getelementptr inbounds [9 x i32], ptr %2, i32 0, i32 %32
  %34 = load i32, ptr %33, align 4
  %35 = load i32, ptr %8, align 4
  %36 = getelementptr inbounds [8 x i32], ptr %3, i32 0, i32 %35
  %37 = load i32, ptr %36, align 4
  %38 = call i32 @srem32(i32 noundef %34, i32 noundef %37)
  store i32 %38, ptr %10, align 4
  %39 = load i32, ptr %7, align 4
  %40 = getelementptr inbounds [9 x i32], ptr %2, i32 0, i32 %39
  %41 = load i32, ptr %40, align 4
  %42 = load i32, ptr %8, align 4
  %43 = getelementptr inbounds [8 x i32], ptr %3, i32 0, i32 %42
  %44 = load i32, ptr %43, align 4
  %45 = call i32 @udiv32(i32 noundef %41, i32 noundef %44)
  store i32 %45, ptr %11, align 4
  %46 = load i32, ptr %7, align 4
  %47 = getelementptr inbounds [9 x i32], ptr %2, i32 0, i32 %46
  %48 = load i32, ptr %47, align 4
  %49 = load i32, ptr %8, align 4
  %50 = getelementptr inbounds [8 x i32], ptr %3, i32 0, i32 %49
  %51 = load i32, ptr %50, align 4
  %52 = call i32 @urem32(i32 noundef %48, i32 noundef %51)
  store i32 %52, ptr %12, align 4
  %53 = load i32, ptr %6, align 4
  %54 = mul i32 %53, 31
  %55 = load i32, ptr %9, align 4
  %56 = add i32 %54, %55
  %57 = load i32, ptr %10, align 4
  %58 = add i32 %56, %57
  store i32 %58, ptr %6, align 4
  %59 = load i32, ptr %11, align 4
  %60 = load i32, ptr %12, align 4
  %61 = add i32 %59, %60
  %62 = load i32, ptr %6, align 4
  %63 = xor i32 %62, %61
  store i32 %63, ptr %6, align 4
  br label %64

64:                                               ; preds = %24
  %65 = load i32, ptr %8, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %8, align 4
  br label %20, !llvm.loop !2

67:                                               ; preds = %20
  %68 = load i32, ptr %7, align 4
  %69 = getelementptr inbounds [9 x i32], ptr %2, i32 0, i32 %68
  %70 = load i32, ptr %69, align 4
  %71 = load i32, ptr %7, align 4
  %72 = getelementptr inbounds [9 x i32], ptr %2, i32 0, i32 %71
  %73 = load i32, ptr %72, align 4
  %74 = call i32 @sdiv32(i32 noundef %73, i32 noundef 3)
  %75 = load i32, ptr %7, align 4
  %76 = getelementptr inbounds [9 x i32], ptr %2, i32 0, i32 %75
  %77 = load i32, ptr %76, align 4
  %78 = call i32 @srem32(i32 noundef %77, i32 noundef -3)
  %79 = load i32, ptr %7, align 4
  %80 = getelementptr inbounds [9 x i32], ptr %2, i32 0, i32 %79
  %81 = load i32, ptr %80, align 4
  %82 = call i32 @udiv32(i32 noundef %81, i32 noundef 3)
  %83 = load i32, ptr %7, align 4
  %84 = getelementptr inbounds [9 x i32], ptr %2, i32 0, i32 %83
  %85 = load i32, ptr %84, align 4
  %86 = call i32 @urem32(i32 noundef %85, i32 noundef 3)
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %70, i32 noundef %74, i32 noundef %78, i32 noundef %82, i32 noundef %86)
  br label %88

88:                                               ; preds = %67
  %89 = load i32, ptr %7, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %7, align 4
  br label %15, !llvm.loop !4

91:                                               ; preds = %15
  %92 = load i32, ptr %6, align 4
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %92)
  store i64 -9223372036854775807, ptr %13, align 8
  %94 = load i64, ptr %13, align 8
  %95 = call i64 @sdiv64(i64 noundef %94, i64 noundef 10)
  %96 = load i64, ptr %13, align 8
  %97 = call i64 @srem64(i64 noundef %96, i64 noundef 10)
  %98 = load i64, ptr %13, align 8
  %99 = call i64 @sdiv64(i64 noundef %98, i64 noundef -3)
  %100 = call i64 @srem64(i64 noundef -17, i64 noundef 5)
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %95, i64 noundef %97, i64 noundef %99, i64 noundef %100)
  %102 = call i64 @udiv64(i64 noundef -1, i64 noundef 10)
  %103 = call i64 @urem64(i64 noundef -1, i64 noundef 10)
  %104 = load i64, ptr %13, align 8
  %105 = call i64 @udiv64(i64 noundef %104, i64 noundef 7)
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %102, i64 noundef %103, i64 noundef %105)
  %107 = call signext i16 @sdiv16(i16 noundef signext -32767, i16 noundef signext 10)
  %108 = sext i16 %107 to i32
  %109 = call zeroext i16 @urem16(i16 noundef zeroext -1, i16 noundef zeroext 1000)
  %110 = zext i16 %109 to i32
  %111 = call signext i8 @srem8(i8 noundef signext -127, i8 noundef signext 10)
  %112 = sext i8 %111 to i32
  %113 = call zeroext i8 @udiv8(i8 noundef zeroext -1, i8 noundef zeroext 16)
  %114 = zext i8 %113 to i32
  %115 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %108, i32 noundef %110, i32 noundef %112, i32 noundef %114)
  store i32 -9, ptr %14, align 4
  br label %116

116:                                              ; preds = %127, %91
  %117 = load i32, ptr %14, align 4
  %118 = icmp sle i32 %117, 9
  br i1 %118, label %119, label %130

119:                                              ; preds = %116
  %120 = load i32, ptr %14, align 4
  %121 = load i32, ptr %14, align 4
  %122 = sdiv i32 %121, 4
  %123 = load i32, ptr %14, align 4
  %124 = load i32, ptr %14, align 4
  %125 = srem i32 %124, 4
  %126 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %120, i32 noundef %122, i32 noundef %123, i32 noundef %125)
  br label %127

127:                                              ; preds = %119
  %128 = load i32, ptr %14, align 4
  %129 = add nsw i32 %128, 3
  store i32 %129, ptr %14, align 4
  br label %116, !llvm.loop !5

130:                                              ; preds = %116
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  %132 = call i64 @urem64(i64 noundef 1234567, i64 noundef 97)
  %133 = and i64 %132, 63
  %134 = trunc i64 %133 to i32
  ret i32 %134
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
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

; Function Attrs: noinline nounwind optnone
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

; Function Attrs: noinline nounwind optnone
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

; Function Attrs: noinline nounwind optnone
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

; Function Attrs: noinline nounwind optnone
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

; Function Attrs: noinline nounwind optnone
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

; Function Attrs: noinline nounwind optnone
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

; Function Attrs: noinline nounwind optnone
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

; Function Attrs: noinline nounwind optnone
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

; Function Attrs: noinline nounwind optnone
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

; Function Attrs: noinline nounwind optnone
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

; Function Attrs: noinline nounwind optnone
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

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
