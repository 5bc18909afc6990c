; ModuleID = 'sieve.c'
source_filename = "sieve.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@composite = internal global [200001 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"primes %d sum %lld twins %d last %d\0A\00", align 1
@bits = internal global [6251 x i32] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [14 x i8] c"bit sieve %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"fermat agree %d/5000\0A\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"powmod %llu\0A\00", align 1
@fermat.bases = internal constant [4 x i32] [i32 2, i32 3, i32 5, i32 7], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i32(ptr align 16 @composite, i8 0, i32 200001, i1 false)
  store i8 1, ptr getelementptr inbounds ([200001 x i8], ptr @composite, i32 0, i32 1), align 1
  store i8 1, ptr @composite, align 16
  store i32 2, ptr %2, align 4
  br label %16

16:                                               ; preds = %44, %0
  %17 = load i32, ptr %2, align 4
  %18 = sext i32 %17 to i64
  %19 = load i32, ptr %2, align 4
  %20 = sext i32 %19 to i64
  %21 = mul nsw i64 %18, %20
  %22 = icmp sle i64 %21, 200000
  br i1 %22, label %23, label %47

23:                                               ; preds = %16
  %24 = load i32, ptr %2, align 4
  %25 = getelementptr inbounds [200001 x i8], ptr @composite, i32 0, i32 %24
  %26 = load i8, ptr %25, align 1
  %27 = icmp ne i8 %26, 0
  br i1 %27, label %43, label %28

28:                                               ; preds = %23
  %29 = load i32, ptr %2, align 4
  %30 = load i32, ptr %2, align 4
  %31 = mul nsw i32 %29, %30
  store i32 %31, ptr %3, align 4
  br label %16

32:                                               ; preds = %38, %28
  %33 = load i32, ptr %3, align 4
  %34 = icmp sle i32 %33, 200000
  br i1 %34, label %35, label %42

35:                                               ; preds = %32
  %36 = load i32, ptr %3, align 4
  %37 = getelementptr inbounds [200001 x i8], ptr @composite, i32 0, i32 %36
  store i8 1, ptr %37, align 1
  br label %38

38:                                               ; preds = %35
  %39 = load i32, ptr %2, align 4
  %40 = load i32, ptr %3, align 4
  %41 = add nsw i32 %40, %39
  store i32 %41, ptr %3, align 4
  br label %32, !llvm.loop !2

42:                                               ; preds = %32
  br label %43

43:                                               ; preds = %42, %23
  br label %44

44:                                               ; preds = %43
  %45 = load i32, ptr %2, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %2, align 4
  br label %16, !llvm.loop !4

47:                                               ; preds = %16
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  store i64 0, ptr %7, align 8
  store i32 2, ptr %8, align 4
  br label %48

48:                                               ; preds = %73, %47
  %49 = load i32, ptr %8, align 4
  %50 = icmp sle i32 %49, 200000
  br i1 %50, label %51, label %76

51:                                               ; preds = %48
  %52 = load i32, ptr %8, align 4
  %53 = getelementptr inbounds [200001 x i8], ptr @composite, i32 0, i32 %52
  %54 = load i8, ptr %53, align 1
  %55 = icmp ne i8 %54, 0
  br i1 %55, label %72, label %56

56:                                               ; preds = %51
  %57 = load i32, ptr %4, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %4, align 4
  %59 = load i32, ptr %8, align 4
  %60 = sext i32 %59 to i64
  %61 = load i64, ptr %7, align 8
  %62 = add nsw i64 %61, %60
  store i64 %62, ptr %7, align 8
  %63 = load i32, ptr %8, align 4
  %64 = load i32, ptr %6, align 4
  %65 = sub nsw i32 %63, %64
  %66 = icmp eq i32 %65, 2
  br i1 %66, label %67, label %70

67:                                               ; preds = %56
  %68 = load i32, ptr %5, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %5, align 4
  br label %70

70:                                               ; preds = %67, %56
  %71 = load i32, ptr %8, align 4
  store i32 %71, ptr %6, align 4
  br label %72

72:                                               ; preds = %70, %51
  br label %73

73:                                               ; preds = %72
  %74 = load i32, ptr %8, align 4
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %8, align 4
  br label %48, !llvm.loop !5

76:                                               ; preds = %48
  %77 = load i32, ptr %4, align 4
  %78 = load i64, ptr %7, align 8
  %79 = load i32, ptr %5, align 4
  %80 = load i32, ptr %6, align 4
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %77, i64 noundef %78, i32 noundef %79, i32 noundef %80)
  store i32 0, ptr %9, align 4
  br label %82

82:                                               ; preds = %98, %76
  %83 = load i32, ptr %9, align 4
  %84 = icmp ule i32 %83, 200000
  br i1 %84, label %85, label %101

85:                                               ; preds = %82
  %86 = load i32, ptr %9, align 4
  %87 = icmp ult i32 %86, 2
  br i1 %87, label %88, label %97

88:                                               ; preds = %85
  %89 = load i32, ptr %9, align 4
  %90 = and i32 %89, 31
  %91 = shl i32 1, %90
  %92 = load i32, ptr %9, align 4
  %93 = lshr i32 %92, 5
  %94 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i32 0, i32 %93
  %95 = load i32, ptr %94, align 4
  %96 = or i32 %95, %91
  store i32 %96, ptr %94, align 4
  br label %97

97:                                               ; preds = %88, %85
  br label %98

98:                                               ; preds = %97
  %99 = load i32, ptr %9, align 4
  %100 = add i32 %99, 1
  store i32 %100, ptr %9, align 4
  br label %82, !llvm.loop !6

101:                                              ; preds = %82
  store i32 2, ptr %10, align 4
  br label %102

102:                                              ; preds = %139, %101
  %103 = load i32, ptr %10, align 4
  %104 = load i32, ptr %10, align 4
  %105 = mul i32 %103, %104
  %106 = icmp ule i32 %105, 200000
  br i1 %106, label %107, label %142

107:                                              ; preds = %102
  %108 = load i32, ptr %10, align 4
  %109 = lshr i32 %108, 5
  %110 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i32 0, i32 %109
  %111 = load i32, ptr %110, align 4
  %112 = load i32, ptr %10, align 4
  %113 = and i32 %112, 31
  %114 = shl i32 1, %113
  %115 = and i32 %111, %114
  %116 = icmp ne i32 %115, 0
  br i1 %116, label %138, label %117

117:                                              ; preds = %107
  %118 = load i32, ptr %10, align 4
  %119 = load i32, ptr %10, align 4
  %120 = mul i32 %118, %119
  store i32 %120, ptr %11, align 4
  br label %121

121:                                              ; preds = %133, %117
  %122 = load i32, ptr %11, align 4
  %123 = icmp ule i32 %122, 200000
  br i1 %123, label %124, label %137

124:                                              ; preds = %121
  %125 = load i32, ptr %11, align 4
  %126 = and i32 %125, 31
  %127 = shl i32 1, %126
  %128 = load i32, ptr %11, align 4
  %129 = lshr i32 %128, 5
  %130 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i32 0, i32 %129
  %131 = load i32, ptr %130, align 4
  %132 = or i32 %131, %127
  store i32 %132, ptr %130, align 4
  br label %133

133:                                              ; preds = %124
  %134 = load i32, ptr %10, align 4
  %135 = load i32, ptr %11, align 4
  %136 = add i32 %135, %134
  store i32 %136, ptr %11, align 4
  br label %121, !llvm.loop !7

137:                                              ; preds = %121
  br label %138

138:                                              ; preds = %137, %107
  br label %139

139:                                              ; preds = %138
  %140 = load i32, ptr %10, align 4
  %141 = add i32 %140, 1
  store i32 %141, ptr %10, align 4
  br label %102, !llvm.loop !8

142:                                              ; preds = %102
  store i32 0, ptr %12, align 4
  store i32 0, ptr %13, align 4
  br label %143

143:                                              ; preds = %160, %142
  %144 = load i32, ptr %13, align 4
  %145 = icmp ule i32 %144, 200000
  br i1 %145, label %146, label %163

146:                                              ; preds = %143
  %147 = load i32, ptr %13, align 4
  %148 = lshr i32 %147, 5
  %149 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i32 0, i32 %148
  %150 = load i32, ptr %149, align 4
  %151 = load i32, ptr %13, align 4
  %152 = and i32 %151, 31
  %153 = shl i32 1, %152
  %154 = and i32 %150, %153
  %155 = icmp ne i32 %154, 0
  %156 = xor i1 %155, true
  %157 = zext i1 %156 to i32
  %158 = load i32, ptr %12, align 4
  %159 = add nsw i32 %158, %157
  store i32 %159, ptr %12, align 4
  br label %160

160:                                              ; preds = %146
  %161 = load i32, ptr %13, align 4
  %162 = add i32 %161, 1
  store i32 %162, ptr %13, align 4
  br label %143, !llvm.loop !9

163:                                              ; preds = %143
  %164 = load i32, ptr %12, align 4
  %165 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %164)
  store i32 0, ptr %14, align 4
  store i32 0, ptr %15, align 4
  br label %166

166:                                              ; preds = %182, %163
  %167 = load i32, ptr %15, align 4
  %168 = icmp ult i32 %167, 5000
  br i1 %168, label %169, label %185

169:                                              ; preds = %166
  %170 = load i32, ptr %15, align 4
  %171 = call i32 @fermat(i32 noundef %170)
  %172 = load i32, ptr %15, align 4
  %173 = getelementptr inbounds nuw [200001 x i8], ptr @composite, i32 0, i32 %172
  %174 = load i8, ptr %173, align 1
  %175 = icmp ne i8 %174, 0
  %176 = xor i1 %175, true
  %177 = zext i1 %176 to i32
  %178 = icmp eq i32 %171, %177
  %179 = zext i1 %178 to i32
  %180 = load i32, ptr %14, align 4
  %181 = add nsw i32 %180, %179
  store i32 %181, ptr %14, align 4
  br label %182

182:                                              ; preds = %169
  %183 = load i32, ptr %15, align 4
  %184 = add i32 %183, 1
  store i32 %184, ptr %15, align 4
  br label %166, !llvm.loop !10

185:                                              ; preds = %166
  %186 = load i32, ptr %14, align 4
  %187 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %186)
  %188 = call i64 @powmod(i64 noundef 123456789, i64 noundef 987654321, i64 noundef 1000000007)
  %189 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %188)
  %190 = load i32, ptr %4, align 4
  %191 = srem i32 %190, 100
  ret i32 %191
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone
define internal i32 @fermat(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %6 = load i32, ptr %3, align 4
  %7 = icmp ult i32 %6, 4
  br i1 %7, label %8, label %12

8:                                                ; preds = %1
  %9 = load i32, ptr %3, align 4
  %10 = icmp uge i32 %9, 2
  %11 = zext i1 %10 to i32
  store i32 %11, ptr %2, align 4
  br label %56

12:                                               ; preds = %1
  store i32 0, ptr %4, align 4
  br label %13

13:                                               ; preds = %31, %12
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %14, 4
  br i1 %15, label %16, label %34

16:                                               ; preds = %13
  %17 = load i32, ptr %3, align 4
  %18 = load i32, ptr %4, align 4
  %19 = getelementptr inbounds [4 x i32], ptr @fermat.bases, i32 0, i32 %18
  %20 = load i32, ptr %19, align 4
  %21 = urem i32 %17, %20
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %23, label %30

23:                                               ; preds = %16
  %24 = load i32, ptr %3, align 4
  %25 = load i32, ptr %4, align 4
  %26 = getelementptr inbounds [4 x i32], ptr @fermat.bases, i32 0, i32 %25
  %27 = load i32, ptr %26, align 4
  %28 = icmp eq i32 %24, %27
  %29 = zext i1 %28 to i32
  store i32 %29, ptr %2, align 4
  br label %56

30:                                               ; preds = %16
  br label %31

31:                                               ; preds = %30
  %32 = load i32, ptr %4, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %4, align 4
  br label %13, !llvm.loop !11

34:                                               ; preds = %13
  store i32 0, ptr %5, align 4
  br label %35

35:                                               ; preds = %52, %34
  %36 = load i32, ptr %5, align 4
  %37 = icmp slt i32 %36, 4
  br i1 %37, label %38, label %55

38:                                               ; preds = %35
  %39 = load i32, ptr %5, align 4
  %40 = getelementptr inbounds [4 x i32], ptr @fermat.bases, i32 0, i32 %39
  %41 = load i32, ptr %40, align 4
  %42 = zext i32 %41 to i64
  %43 = load i32, ptr %3, align 4
  %44 = sub i32 %43, 1
  %45 = zext i32 %44 to i64
  %46 = load i32, ptr %3, align 4
  %47 = zext i32 %46 to i64
  %48 = call i64 @powmod(i64 noundef %42, i64 noundef %45, i64 noundef %47)
  %49 = icmp ne i64 %48, 1
  br i1 %49, label %50, label %51

50:                                               ; preds = %38
  store i32 0, ptr %2, align 4
  br label %56

51:                                               ; preds = %38
  br label %52

52:                                               ; preds = %51
  %53 = load i32, ptr %5, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %5, align 4
  br label %35, !llvm.loop !12

55:                                               ; preds = %35
  store i32 1, ptr %2, align 4
  br label %56

56:                                               ; preds = %55, %50, %23, %8
  %57 = load i32, ptr %2, align 4
  ret i32 %57
}

; Function Attrs: noinline nounwind optnone
define internal i64 @powmod(i64 noundef %0, i64 noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  store i64 1, ptr %7, align 8
  %8 = load i64, ptr %6, align 8
  %9 = load i64, ptr %4, align 8
  %10 = urem i64 %9, %8
  store i64 %10, ptr %4, align 8
  br label %11

11:                                               ; preds = %24, %3
  %12 = load i64, ptr %5, align 8
  %13 = icmp ne i64 %12, 0
  br i1 %13, label %14, label %32

14:                                               ; preds = %11
  %15 = load i64, ptr %5, align 8
  %16 = and i64 %15, 1
  %17 = icmp ne i64 %16, 0
  br i1 %17, label %18, label %24

18:                                               ; preds = %14
  %19 = load i64, ptr %7, align 8
  %20 = load i64, ptr %4, align 8
  %21 = mul i64 %19, %20
  %22 = load i64, ptr %6, align 8
  %23 = urem i64 %21, %22
  store i64 %23, ptr %7, align 8
  br label %24

24:                                               ; preds = %18, %14
  %25 = load i64, ptr %4, align 8
  %26 = load i64, ptr %4, align 8
  %27 = mul i64 %25, %26
  %28 = load i64, ptr %6, align 8
  %29 = urem i64 %27, %28
  store i64 %29, ptr %4, align 8
  %30 = load i64, ptr %5, align 8
  %31 = lshr i64 %30, 1
  store i64 %31, ptr %5, align 8
  br label %11, !llvm.loop !13

32:                                               ; preds = %11
  %33 = load i64, ptr %7, align 8
  ret i64 %33
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
!6 = distinct !{!6, !3}
!7 = distinct !{!7, !3}
!8 = distinct !{!8, !3}
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
!12 = distinct !{!12, !3}
!13 = distinct !{!13, !3}
