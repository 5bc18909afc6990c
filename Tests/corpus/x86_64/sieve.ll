; ModuleID = 'sieve.c'
source_filename = "sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@composite = internal global [200001 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"primes %d sum %lld twins %d last %d\0A\00", align 1
@bits = internal global [6251 x i32] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [14 x i8] c"bit sieve %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"fermat agree %d/5000\0A\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"powmod %llu\0A\00", align 1
@fermat.bases = internal constant [4 x i32] [i32 2, i32 3, i32 5, i32 7], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
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
  call void @llvm.memset.p0.i64(ptr align 16 @composite, i8 0, i64 200001, i1 false)
  store i8 1, ptr getelementptr inbounds ([200001 x i8], ptr @composite, i64 0, i64 1), align 1
  store i8 1, ptr @composite, align 16
  store i32 2, ptr %2, align 4
  br label %16

16:                                               ; preds = %46, %0
  %17 = load i32, ptr %2, align 4
  %18 = sext i32 %17 to i64
  %19 = load i32, ptr %2, align 4
  %20 = sext i32 %19 to i64
  %21 = mul nsw i64 %18, %20
  %22 = icmp sle i64 %21, 200000
  br i1 %22, label %23, label %49

23:                                               ; preds = %16
  %24 = load i32, ptr %2, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [200001 x i8], ptr @composite, i64 0, i64 %25
  %27 = load i8, ptr %26, align 1
  %28 = icmp ne i8 %27, 0
  br i1 %28, label %45, label %29

29:                                               ; preds = %23
  %30 = load i32, ptr %2, align 4
  %31 = load i32, ptr %2, align 4
  %32 = mul nsw i32 %30, %31
  store i32 %32, ptr %3, align 4
  br label %33

33:                                               ; preds = %40, %29
  %34 = load i32, ptr %3, align 4
  %35 = icmp sle i32 %34, 200000
  br i1 %35, label %36, label %44

36:                                               ; preds = %33
  %37 = load i32, ptr %3, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [200001 x i8], ptr @composite, i64 0, i64 %38
  store i8 1, ptr %39, align 1
  br label %40

40:                                               ; preds = %36
  %41 = load i32, ptr %2, align 4
  %42 = load i32, ptr %3, align 4
  %43 = add nsw i32 %42, %41
  store i32 %43, ptr %3, align 4
  br label %33, !llvm.loop !6

44:                                               ; preds = %33
  br label %45

45:                                               ; preds = %44, %23
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %2, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %2, align 4
  br label %16, !llvm.loop !8

49:                                               ; preds = %16
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  store i64 0, ptr %7, align 8
  store i32 2, ptr %8, align 4
  br label %50

50:                                               ; preds = %76, %49
  %51 = load i32, ptr %8, align 4
  %52 = icmp sle i32 %51, 200000
  br i1 %52, label %53, label %79

53:                                               ; preds = %50
  %54 = load i32, ptr %8, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [200001 x i8], ptr @composite, i64 0, i64 %55
  %57 = load i8, ptr %56, align 1
  %58 = icmp ne i8 %57, 0
  br i1 %58, label %75, label %59

59:                                               ; preds = %53
  %60 = load i32, ptr %4, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %4, align 4
  %62 = load i32, ptr %8, align 4
  %63 = sext i32 %62 to i64
  %64 = load i64, ptr %7, align 8
  %65 = add nsw i64 %64, %63
  store i64 %65, ptr %7, align 8
  %66 = load i32, ptr %8, align 4
  %67 = load i32, ptr %6, align 4
  %68 = sub nsw i32 %66, %67
  %69 = icmp eq i32 %68, 2
  br i1 %69, label %70, label %73

70:                                               ; preds = %59
  %71 = load i32, ptr %5, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %5, align 4
  br label %73

73:                                               ; preds = %70, %59
  %74 = load i32, ptr %8, align 4
  store i32 %74, ptr %6, align 4
  br label %75

75:                                               ; preds = %73, %53
  br label %76

76:                                               ; preds = %75
  %77 = load i32, ptr %8, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %8, align 4
  br label %50, !llvm.loop !9

79:                                               ; preds = %50
  %80 = load i32, ptr %4, align 4
  %81 = load i64, ptr %7, align 8
  %82 = load i32, ptr %5, align 4
  %83 = load i32, ptr %6, align 4
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %80, i64 noundef %81, i32 noundef %82, i32 noundef %83)
  store i32 0, ptr %9, align 4
  br label %85

85:                                               ; preds = %102, %79
  %86 = load i32, ptr %9, align 4
  %87 = icmp ule i32 %86, 200000
  br i1 %87, label %88, label %105

88:                                               ; preds = %85
  %89 = load i32, ptr %9, align 4
  %90 = icmp ult i32 %89, 2
  br i1 %90, label %91, label %101

91:                                               ; preds = %88
  %92 = load i32, ptr %9, align 4
  %93 = and i32 %92, 31
  %94 = shl i32 1, %93
  %95 = load i32, ptr %9, align 4
  %96 = lshr i32 %95, 5
  %97 = zext i32 %96 to i64
  %98 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i64 0, i64 %97
  %99 = load i32, ptr %98, align 4
  %100 = or i32 %99, %94
  store i32 %100, ptr %98, align 4
  br label %101

101:                                              ; preds = %91, %88
  br label %102

102:                                              ; preds = %101
  %103 = load i32, ptr %9, align 4
  %104 = add i32 %103, 1
  store i32 %104, ptr %9, align 4
  br label %85, !llvm.loop !10

105:                                              ; preds = %85
  store i32 2, ptr %10, align 4
  br label %106

106:                                              ; preds = %145, %105
  %107 = load i32, ptr %10, align 4
  %108 = load i32, ptr %10, align 4
  %109 = mul i32 %107, %108
  %110 = icmp ule i32 %109, 200000
  br i1 %110, label %111, label %148

111:                                              ; preds = %106
  %112 = load i32, ptr %10, align 4
  %113 = lshr i32 %112, 5
  %114 = zext i32 %113 to i64
  %115 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i64 0, i64 %114
  %116 = load i32, ptr %115, align 4
  %117 = load i32, ptr %10, align 4
  %118 = and i32 %117, 31
  %119 = shl i32 1, %118
  %120 = and i32 %116, %119
  %121 = icmp ne i32 %120, 0
  br i1 %121, label %144, label %122

122:                                              ; preds = %111
  %123 = load i32, ptr %10, align 4
  %124 = load i32, ptr %10, align 4
  %125 = mul i32 %123, %124
  store i32 %125, ptr %11, align 4
  br label %126

126:                                              ; preds = %139, %122
  %127 = load i32, ptr %11, align 4
  %128 = icmp ule i32 %127, 200000
  br i1 %128, label %129, label %143

129:                                              ; preds = %126
  %130 = load i32, ptr %11, align 4
  %131 = and i32 %130, 31
  %132 = shl i32 1, %131
  %133 = load i32, ptr %11, align 4
  %134 = lshr i32 %133, 5
  %135 = zext i32 %134 to i64
  %136 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i64 0, i64 %135
  %137 = load i32, ptr %136, align 4
  %138 = or i32 %137, %132
  store i32 %138, ptr %136, align 4
  br label %139

139:                                              ; preds = %129
  %140 = load i32, ptr %10, align 4
  %141 = load i32, ptr %11, align 4
  %142 = add i32 %141, %140
  store i32 %142, ptr %11, align 4
  br label %126, !llvm.loop !11

143:                                              ; preds = %126
  br label %144

144:                                              ; preds = %143, %111
  br label %145

145:                                              ; preds = %144
  %146 = load i32, ptr %10, align 4
  %147 = add i32 %146, 1
  store i32 %147, ptr %10, align 4
  br label %106, !llvm.loop !12

148:                                              ; preds = %106
  store i32 0, ptr %12, align 4
  store i32 0, ptr %13, align 4
  br label %149

149:                                              ; preds = %167, %148
  %150 = load i32, ptr %13, align 4
  %151 = icmp ule i32 %150, 200000
  br i1 %151, label %152, label %170

152:                                              ; preds = %149
  %153 = load i32, ptr %13, align 4
  %154 = lshr i32 %153, 5
  %155 = zext i32 %154 to i64
  %156 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i64 0, i64 %155
  %157 = load i32, ptr %156, align 4
  %158 = load i32, ptr %13, align 4
  %159 = and i32 %158, 31
  %160 = shl i32 1, %159
  %161 = and i32 %157, %160
  %162 = icmp ne i32 %161, 0
  %163 = xor i1 %162, true
  %164 = zext i1 %163 to i32
  %165 = load i32, ptr %12, align 4
  %166 = add nsw i32 %165, %164
  store i32 %166, ptr %12, align 4
  br label %167

167:                                              ; preds = %152
  %168 = load i32, ptr %13, align 4
  %169 = add i32 %168, 1
  store i32 %169, ptr %13, align 4
  br label %149, !llvm.loop !13

170:                                              ; preds = %149
  %171 = load i32, ptr %12, align 4
  %172 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %171)
  store i32 0, ptr %14, align 4
  store i32 0, ptr %15, align 4
  br label %173

173:                                              ; preds = %190, %170
  %174 = load i32, ptr %15, align 4
  %175 = icmp ult i32 %174, 5000
  br i1 %175, label %176, label %193

176:                                              ; preds = %173
  %177 = load i32, ptr %15, align 4
  %178 = call i32 @fermat(i32 noundef %177)
  %179 = load i32, ptr %15, align 4
  %180 = zext i32 %179 to i64
  %181 = getelementptr inbounds nuw [200001 x i8], ptr @composite, i64 0, i64 %180
  %182 = load i8, ptr %181, align 1
  %183 = icmp ne i8 %182, 0
  %184 = xor i1 %183, true
  %185 = zext i1 %184 to i32
  %186 = icmp eq i32 %178, %185
  %187 = zext i1 %186 to i32
  %188 = load i32, ptr %14, align 4
  %189 = add nsw i32 %188, %187
  store i32 %189, ptr %14, align 4
  br label %190

190:                                              ; preds = %176
  %191 = load i32, ptr %15, align 4
  %192 = add i32 %191, 1
  store i32 %192, ptr %15, align 4
  br label %173, !llvm.loop !14

193:                                              ; preds = %173
  %194 = load i32, ptr %14, align 4
  %195 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %194)
  %196 = call i64 @powmod(i64 noundef 123456789, i64 noundef 987654321, i64 noundef 1000000007)
  %197 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %196)
  %198 = load i32, ptr %4, align 4
  %199 = srem i32 %198, 100
  ret i32 %199
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
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
  br label %59

12:                                               ; preds = %1
  store i32 0, ptr %4, align 4
  br label %13

13:                                               ; preds = %33, %12
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %14, 4
  br i1 %15, label %16, label %36

16:                                               ; preds = %13
  %17 = load i32, ptr %3, align 4
  %18 = load i32, ptr %4, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [4 x i32], ptr @fermat.bases, i64 0, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = urem i32 %17, %21
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %24, label %32

24:                                               ; preds = %16
  %25 = load i32, ptr %3, align 4
  %26 = load i32, ptr %4, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [4 x i32], ptr @fermat.bases, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4
  %30 = icmp eq i32 %25, %29
  %31 = zext i1 %30 to i32
  store i32 %31, ptr %2, align 4
  br label %59

32:                                               ; preds = %16
  br label %33

33:                                               ; preds = %32
  %34 = load i32, ptr %4, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %4, align 4
  br label %13, !llvm.loop !15

36:                                               ; preds = %13
  store i32 0, ptr %5, align 4
  br label %37

37:                                               ; preds = %55, %36
  %38 = load i32, ptr %5, align 4
  %39 = icmp slt i32 %38, 4
  br i1 %39, label %40, label %58

40:                                               ; preds = %37
  %41 = load i32, ptr %5, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [4 x i32], ptr @fermat.bases, i64 0, i64 %42
  %44 = load i32, ptr %43, align 4
  %45 = zext i32 %44 to i64
  %46 = load i32, ptr %3, align 4
  %47 = sub i32 %46, 1
  %48 = zext i32 %47 to i64
  %49 = load i32, ptr %3, align 4
  %50 = zext i32 %49 to i64
  %51 = call i64 @powmod(i64 noundef %45, i64 noundef %48, i64 noundef %50)
  %52 = icmp ne i64 %51, 1
  br i1 %52, label %53, label %54

53:                                               ; preds = %40
  store i32 0, ptr %2, align 4
  br label %59

54:                                               ; preds = %40
  br label %55

55:                                               ; preds = %54
  %56 = load i32, ptr %5, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %5, align 4
  br label %37, !llvm.loop !16

58:                                               ; preds = %37
  store i32 1, ptr %2, align 4
  br label %59

59:                                               ; preds = %58, %53, %24, %8
  %60 = load i32, ptr %2, align 4
  ret i32 %60
}

; Function Attrs: noinline nounwind optnone uwtable
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
  br label %11, !llvm.loop !17

32:                                               ; preds = %11
  %33 = load i64, ptr %7, align 8
  ret i64 %33
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
