; ModuleID = 'control.c'
source_filename = "control.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"collatz %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"goto %d %d\0A\00", align 1
@__const.main.a = private unnamed_addr constant [7 x i32] [i32 -3, i32 8, i32 1, i32 12, i32 5, i32 7, i32 4], align 4
@.str.2 = private unnamed_addr constant [15 x i8] c"pair %d %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"cleanup %d %d %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"range %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"weird %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"tern %d %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [25 x i8] c"short %d %d %d calls %d\0A\00", align 1
@counter = internal global i32 0, align 4
@.str.8 = private unnamed_addr constant [11 x i8] c"inf %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [7 x i8] c"do %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"m %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [7 x i32], align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i8, align 1
  %14 = alloca i8, align 1
  %15 = alloca i8, align 1
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  store i32 1, ptr %4, align 4
  br label %22

22:                                               ; preds = %36, %0
  %23 = load i32, ptr %4, align 4
  %24 = icmp slt i32 %23, 3000
  br i1 %24, label %25, label %39

25:                                               ; preds = %22
  %26 = load i32, ptr %4, align 4
  %27 = sext i32 %26 to i64
  %28 = call i32 @collatz(i64 noundef %27)
  store i32 %28, ptr %5, align 4
  %29 = load i32, ptr %5, align 4
  %30 = load i32, ptr %2, align 4
  %31 = icmp sgt i32 %29, %30
  br i1 %31, label %32, label %35

32:                                               ; preds = %25
  %33 = load i32, ptr %5, align 4
  store i32 %33, ptr %2, align 4
  %34 = load i32, ptr %4, align 4
  store i32 %34, ptr %3, align 4
  br label %35

35:                                               ; preds = %32, %25
  br label %36

36:                                               ; preds = %35
  %37 = load i32, ptr %4, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %4, align 4
  br label %22, !llvm.loop !6

39:                                               ; preds = %22
  %40 = load i32, ptr %3, align 4
  %41 = load i32, ptr %2, align 4
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %40, i32 noundef %41)
  %43 = call i32 @goto_loop(i32 noundef 10)
  %44 = call i32 @goto_loop(i32 noundef 0)
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %43, i32 noundef %44)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 @__const.main.a, i64 28, i1 false)
  %46 = getelementptr inbounds [7 x i32], ptr %6, i64 0, i64 0
  %47 = call i32 @find_pair(ptr noundef %46, i32 noundef 7, i32 noundef 9)
  %48 = getelementptr inbounds [7 x i32], ptr %6, i64 0, i64 0
  %49 = call i32 @find_pair(ptr noundef %48, i32 noundef 7, i32 noundef 20)
  %50 = getelementptr inbounds [7 x i32], ptr %6, i64 0, i64 0
  %51 = call i32 @find_pair(ptr noundef %50, i32 noundef 7, i32 noundef 1000)
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %47, i32 noundef %49, i32 noundef %51)
  %53 = call i32 @cleanup_style(i32 noundef -1)
  %54 = call i32 @cleanup_style(i32 noundef 200)
  %55 = call i32 @cleanup_style(i32 noundef 4)
  %56 = call i32 @cleanup_style(i32 noundef 5)
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %53, i32 noundef %54, i32 noundef %55, i32 noundef %56)
  store i32 0, ptr %7, align 4
  store i32 -5, ptr %8, align 4
  br label %58

58:                                               ; preds = %67, %39
  %59 = load i32, ptr %8, align 4
  %60 = icmp slt i32 %59, 15
  br i1 %60, label %61, label %70

61:                                               ; preds = %58
  %62 = load i32, ptr %8, align 4
  %63 = call i1 @in_range(i32 noundef %62, i32 noundef 0, i32 noundef 9)
  %64 = zext i1 %63 to i32
  %65 = load i32, ptr %7, align 4
  %66 = add nsw i32 %65, %64
  store i32 %66, ptr %7, align 4
  br label %67

67:                                               ; preds = %61
  %68 = load i32, ptr %8, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %8, align 4
  br label %58, !llvm.loop !8

70:                                               ; preds = %58
  %71 = load i32, ptr %7, align 4
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %71)
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %73

73:                                               ; preds = %102, %70
  %74 = load i32, ptr %10, align 4
  %75 = icmp slt i32 %74, 5
  br i1 %75, label %76, label %105

76:                                               ; preds = %73
  store i32 0, ptr %11, align 4
  br label %77

77:                                               ; preds = %98, %76
  %78 = load i32, ptr %11, align 4
  %79 = icmp slt i32 %78, 5
  br i1 %79, label %80, label %101

80:                                               ; preds = %77
  store i32 0, ptr %12, align 4
  br label %81

81:                                               ; preds = %94, %80
  %82 = load i32, ptr %12, align 4
  %83 = icmp slt i32 %82, 2
  br i1 %83, label %84, label %97

84:                                               ; preds = %81
  %85 = load i32, ptr %9, align 4
  %86 = mul nsw i32 %85, 2
  %87 = srem i32 %86, 1000003
  %88 = load i32, ptr %10, align 4
  %89 = load i32, ptr %11, align 4
  %90 = load i32, ptr %12, align 4
  %91 = call i1 @weird(i32 noundef %88, i32 noundef %89, i32 noundef %90)
  %92 = zext i1 %91 to i32
  %93 = add nsw i32 %87, %92
  store i32 %93, ptr %9, align 4
  br label %94

94:                                               ; preds = %84
  %95 = load i32, ptr %12, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %12, align 4
  br label %81, !llvm.loop !9

97:                                               ; preds = %81
  br label %98

98:                                               ; preds = %97
  %99 = load i32, ptr %11, align 4
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %11, align 4
  br label %77, !llvm.loop !10

101:                                              ; preds = %77
  br label %102

102:                                              ; preds = %101
  %103 = load i32, ptr %10, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %10, align 4
  br label %73, !llvm.loop !11

105:                                              ; preds = %73
  %106 = load i32, ptr %9, align 4
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %106)
  %108 = call i32 @tern(i32 noundef 5, i32 noundef 2)
  %109 = call i32 @tern(i32 noundef 2, i32 noundef 5)
  %110 = call i32 @tern(i32 noundef 0, i32 noundef 0)
  %111 = call i32 @tern(i32 noundef 3, i32 noundef 3)
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %108, i32 noundef %109, i32 noundef %110, i32 noundef %111)
  %113 = call i1 @side(i1 noundef false)
  br i1 %113, label %114, label %116

114:                                              ; preds = %105
  %115 = call i1 @side(i1 noundef true)
  br label %116

116:                                              ; preds = %114, %105
  %117 = phi i1 [ false, %105 ], [ %115, %114 ]
  %118 = zext i1 %117 to i8
  store i8 %118, ptr %13, align 1
  %119 = call i1 @side(i1 noundef true)
  br i1 %119, label %122, label %120

120:                                              ; preds = %116
  %121 = call i1 @side(i1 noundef false)
  br label %122

122:                                              ; preds = %120, %116
  %123 = phi i1 [ true, %116 ], [ %121, %120 ]
  %124 = zext i1 %123 to i8
  store i8 %124, ptr %14, align 1
  %125 = call i1 @side(i1 noundef true)
  br i1 %125, label %126, label %130

126:                                              ; preds = %122
  %127 = call i1 @side(i1 noundef false)
  br i1 %127, label %128, label %130

128:                                              ; preds = %126
  %129 = call i1 @side(i1 noundef true)
  br label %130

130:                                              ; preds = %128, %126, %122
  %131 = phi i1 [ false, %126 ], [ false, %122 ], [ %129, %128 ]
  %132 = zext i1 %131 to i8
  store i8 %132, ptr %15, align 1
  %133 = load i8, ptr %13, align 1
  %134 = trunc i8 %133 to i1
  %135 = zext i1 %134 to i32
  %136 = load i8, ptr %14, align 1
  %137 = trunc i8 %136 to i1
  %138 = zext i1 %137 to i32
  %139 = load i8, ptr %15, align 1
  %140 = trunc i8 %139 to i1
  %141 = zext i1 %140 to i32
  %142 = load i32, ptr @counter, align 4
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %135, i32 noundef %138, i32 noundef %141, i32 noundef %142)
  store i32 0, ptr %16, align 4
  store i32 0, ptr %17, align 4
  br label %144

144:                                              ; preds = %151, %130
  %145 = load i32, ptr %17, align 4
  %146 = load i32, ptr %16, align 4
  %147 = add nsw i32 %146, %145
  store i32 %147, ptr %16, align 4
  %148 = load i32, ptr %16, align 4
  %149 = icmp sgt i32 %148, 100
  br i1 %149, label %150, label %151

150:                                              ; preds = %144
  br label %154

151:                                              ; preds = %144
  %152 = load i32, ptr %17, align 4
  %153 = add nsw i32 %152, 1
  store i32 %153, ptr %17, align 4
  br label %144

154:                                              ; preds = %150
  %155 = load i32, ptr %16, align 4
  %156 = load i32, ptr %17, align 4
  %157 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %155, i32 noundef %156)
  store i32 0, ptr %18, align 4
  br label %158

158:                                              ; preds = %168, %154
  %159 = load i32, ptr %18, align 4
  %160 = add nsw i32 %159, 3
  store i32 %160, ptr %18, align 4
  %161 = load i32, ptr %18, align 4
  %162 = srem i32 %161, 2
  %163 = icmp eq i32 %162, 0
  br i1 %163, label %164, label %165

164:                                              ; preds = %158
  br label %168

165:                                              ; preds = %158
  %166 = load i32, ptr %18, align 4
  %167 = add nsw i32 %166, 1
  store i32 %167, ptr %18, align 4
  br label %168

168:                                              ; preds = %165, %164
  %169 = load i32, ptr %18, align 4
  %170 = icmp slt i32 %169, 30
  br i1 %170, label %158, label %171, !llvm.loop !12

171:                                              ; preds = %168
  %172 = load i32, ptr %18, align 4
  %173 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %172)
  store i32 0, ptr %19, align 4
  store i32 0, ptr %20, align 4
  br label %174

174:                                              ; preds = %207, %171
  %175 = load i32, ptr %20, align 4
  %176 = icmp slt i32 %175, 10
  br i1 %176, label %177, label %210

177:                                              ; preds = %174
  store i32 0, ptr %21, align 4
  br label %178

178:                                              ; preds = %203, %177
  %179 = load i32, ptr %21, align 4
  %180 = icmp slt i32 %179, 10
  br i1 %180, label %181, label %206

181:                                              ; preds = %178
  %182 = load i32, ptr %21, align 4
  %183 = load i32, ptr %20, align 4
  %184 = icmp sgt i32 %182, %183
  br i1 %184, label %185, label %186

185:                                              ; preds = %181
  br label %206

186:                                              ; preds = %181
  %187 = load i32, ptr %20, align 4
  %188 = load i32, ptr %21, align 4
  %189 = add nsw i32 %187, %188
  %190 = srem i32 %189, 3
  %191 = icmp eq i32 %190, 0
  br i1 %191, label %192, label %193

192:                                              ; preds = %186
  br label %203

193:                                              ; preds = %186
  %194 = load i32, ptr %20, align 4
  %195 = load i32, ptr %21, align 4
  %196 = mul nsw i32 %194, %195
  %197 = load i32, ptr %19, align 4
  %198 = add nsw i32 %197, %196
  store i32 %198, ptr %19, align 4
  %199 = load i32, ptr %19, align 4
  %200 = icmp sgt i32 %199, 500
  br i1 %200, label %201, label %202

201:                                              ; preds = %193
  br label %211

202:                                              ; preds = %193
  br label %203

203:                                              ; preds = %202, %192
  %204 = load i32, ptr %21, align 4
  %205 = add nsw i32 %204, 1
  store i32 %205, ptr %21, align 4
  br label %178, !llvm.loop !13

206:                                              ; preds = %185, %178
  br label %207

207:                                              ; preds = %206
  %208 = load i32, ptr %20, align 4
  %209 = add nsw i32 %208, 1
  store i32 %209, ptr %20, align 4
  br label %174, !llvm.loop !14

210:                                              ; preds = %174
  br label %211

211:                                              ; preds = %210, %201
  %212 = load i32, ptr %19, align 4
  %213 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %212)
  %214 = load i32, ptr %2, align 4
  %215 = and i32 %214, 63
  ret i32 %215
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @collatz(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %4

4:                                                ; preds = %18, %1
  %5 = load i64, ptr %2, align 8
  %6 = icmp ne i64 %5, 1
  br i1 %6, label %7, label %22

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8
  %9 = and i64 %8, 1
  %10 = icmp ne i64 %9, 0
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = load i64, ptr %2, align 8
  %13 = mul nsw i64 3, %12
  %14 = add nsw i64 %13, 1
  br label %18

15:                                               ; preds = %7
  %16 = load i64, ptr %2, align 8
  %17 = sdiv i64 %16, 2
  br label %18

18:                                               ; preds = %15, %11
  %19 = phi i64 [ %14, %11 ], [ %17, %15 ]
  store i64 %19, ptr %2, align 8
  %20 = load i32, ptr %3, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %3, align 4
  br label %4, !llvm.loop !15

22:                                               ; preds = %4
  %23 = load i32, ptr %3, align 4
  ret i32 %23
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @goto_loop(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %10, %1
  %6 = load i32, ptr %3, align 4
  %7 = load i32, ptr %2, align 4
  %8 = icmp sge i32 %6, %7
  br i1 %8, label %9, label %10

9:                                                ; preds = %5
  br label %18

10:                                               ; preds = %5
  %11 = load i32, ptr %3, align 4
  %12 = load i32, ptr %3, align 4
  %13 = mul nsw i32 %11, %12
  %14 = load i32, ptr %4, align 4
  %15 = add nsw i32 %14, %13
  store i32 %15, ptr %4, align 4
  %16 = load i32, ptr %3, align 4
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %3, align 4
  br label %5

18:                                               ; preds = %9
  %19 = load i32, ptr %4, align 4
  ret i32 %19
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @find_pair(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %10

10:                                               ; preds = %53, %3
  %11 = load i32, ptr %8, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %56

14:                                               ; preds = %10
  %15 = load i32, ptr %8, align 4
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %9, align 4
  br label %17

17:                                               ; preds = %49, %14
  %18 = load i32, ptr %9, align 4
  %19 = load i32, ptr %6, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %52

21:                                               ; preds = %17
  %22 = load ptr, ptr %5, align 8
  %23 = load i32, ptr %8, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i32, ptr %22, i64 %24
  %26 = load i32, ptr %25, align 4
  %27 = load ptr, ptr %5, align 8
  %28 = load i32, ptr %9, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i32, ptr %27, i64 %29
  %31 = load i32, ptr %30, align 4
  %32 = add nsw i32 %26, %31
  %33 = load i32, ptr %7, align 4
  %34 = icmp ne i32 %32, %33
  br i1 %34, label %35, label %36

35:                                               ; preds = %21
  br label %49

36:                                               ; preds = %21
  %37 = load ptr, ptr %5, align 8
  %38 = load i32, ptr %8, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i32, ptr %37, i64 %39
  %41 = load i32, ptr %40, align 4
  %42 = icmp slt i32 %41, 0
  br i1 %42, label %43, label %44

43:                                               ; preds = %36
  br label %49

44:                                               ; preds = %36
  %45 = load i32, ptr %8, align 4
  %46 = mul nsw i32 %45, 100
  %47 = load i32, ptr %9, align 4
  %48 = add nsw i32 %46, %47
  store i32 %48, ptr %4, align 4
  br label %57

49:                                               ; preds = %43, %35
  %50 = load i32, ptr %9, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %9, align 4
  br label %17, !llvm.loop !16

52:                                               ; preds = %17
  br label %53

53:                                               ; preds = %52
  %54 = load i32, ptr %8, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %8, align 4
  br label %10, !llvm.loop !17

56:                                               ; preds = %10
  store i32 -1, ptr %4, align 4
  br label %57

57:                                               ; preds = %56, %44
  %58 = load i32, ptr %4, align 4
  ret i32 %58
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cleanup_style(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %7, label %8

7:                                                ; preds = %1
  br label %27

8:                                                ; preds = %1
  %9 = load i32, ptr %4, align 4
  %10 = add nsw i32 %9, 1
  store i32 %10, ptr %4, align 4
  %11 = load i32, ptr %3, align 4
  %12 = icmp sgt i32 %11, 100
  br i1 %12, label %13, label %14

13:                                               ; preds = %8
  br label %27

14:                                               ; preds = %8
  %15 = load i32, ptr %4, align 4
  %16 = add nsw i32 %15, 10
  store i32 %16, ptr %4, align 4
  %17 = load i32, ptr %3, align 4
  %18 = srem i32 %17, 2
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %21

20:                                               ; preds = %14
  br label %23

21:                                               ; preds = %14
  %22 = load i32, ptr %4, align 4
  store i32 %22, ptr %2, align 4
  br label %30

23:                                               ; preds = %20
  %24 = load i32, ptr %4, align 4
  %25 = add nsw i32 %24, 100
  store i32 %25, ptr %4, align 4
  %26 = load i32, ptr %4, align 4
  store i32 %26, ptr %2, align 4
  br label %30

27:                                               ; preds = %13, %7
  %28 = load i32, ptr %4, align 4
  %29 = sub nsw i32 0, %28
  store i32 %29, ptr %2, align 4
  br label %30

30:                                               ; preds = %27, %23, %21
  %31 = load i32, ptr %2, align 4
  ret i32 %31
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i1 @in_range(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i32, ptr %4, align 4
  %8 = load i32, ptr %5, align 4
  %9 = icmp sge i32 %7, %8
  br i1 %9, label %10, label %14

10:                                               ; preds = %3
  %11 = load i32, ptr %4, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp sle i32 %11, %12
  br label %14

14:                                               ; preds = %10, %3
  %15 = phi i1 [ false, %3 ], [ %13, %10 ]
  ret i1 %15
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i1 @weird(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i32, ptr %4, align 4
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %12

9:                                                ; preds = %3
  %10 = load i32, ptr %5, align 4
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %12, label %29

12:                                               ; preds = %9, %3
  %13 = load i32, ptr %5, align 4
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %15, label %18

15:                                               ; preds = %12
  %16 = load i32, ptr %6, align 4
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %29, label %18

18:                                               ; preds = %15, %12
  %19 = load i32, ptr %4, align 4
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %27, label %21

21:                                               ; preds = %18
  %22 = load i32, ptr %6, align 4
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %27, label %24

24:                                               ; preds = %21
  %25 = load i32, ptr %5, align 4
  %26 = icmp sgt i32 %25, 3
  br label %27

27:                                               ; preds = %24, %21, %18
  %28 = phi i1 [ false, %21 ], [ false, %18 ], [ %26, %24 ]
  br label %29

29:                                               ; preds = %27, %15, %9
  %30 = phi i1 [ true, %15 ], [ true, %9 ], [ %28, %27 ]
  ret i1 %30
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @tern(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = icmp sgt i32 %5, %6
  br i1 %7, label %8, label %12

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4
  %10 = load i32, ptr %4, align 4
  %11 = sub nsw i32 %9, %10
  br label %27

12:                                               ; preds = %2
  %13 = load i32, ptr %3, align 4
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %20

16:                                               ; preds = %12
  %17 = load i32, ptr %4, align 4
  %18 = load i32, ptr %3, align 4
  %19 = sub nsw i32 %17, %18
  br label %25

20:                                               ; preds = %12
  %21 = load i32, ptr %3, align 4
  %22 = icmp eq i32 %21, 0
  %23 = zext i1 %22 to i64
  %24 = select i1 %22, i32 -1, i32 0
  br label %25

25:                                               ; preds = %20, %16
  %26 = phi i32 [ %19, %16 ], [ %24, %20 ]
  br label %27

27:                                               ; preds = %25, %8
  %28 = phi i32 [ %11, %8 ], [ %26, %25 ]
  ret i32 %28
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i1 @side(i1 noundef %0) #0 {
  %2 = alloca i8, align 1
  %3 = zext i1 %0 to i8
  store i8 %3, ptr %2, align 1
  %4 = load i32, ptr @counter, align 4
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @counter, align 4
  %6 = load i8, ptr %2, align 1
  %7 = trunc i8 %6 to i1
  ret i1 %7
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
