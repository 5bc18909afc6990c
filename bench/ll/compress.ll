; ModuleID = 'compress.c'
source_filename = "compress.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@words = internal global [16 x ptr] [ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17], align 16
@.str = private unnamed_addr constant [15 x i8] c"code too long\0A\00", align 1
@.str.1 = private unnamed_addr constant [58 x i8] c"compress in=%zu lz=%zu huff=%zu maxlen=%d sum=%08x ok=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"the \00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"quick \00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"brown \00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"fox \00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"jumps \00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"over \00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"lazy \00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"dog \00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"kiln \00", align 1
@.str.11 = private unnamed_addr constant [10 x i8] c"compiles \00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"llvm \00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"ir \00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"to \00", align 1
@.str.15 = private unnamed_addr constant [9 x i8] c"machine \00", align 1
@.str.16 = private unnamed_addr constant [6 x i8] c"code \00", align 1
@.str.17 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@lz_compress.head = internal global [16384 x i32] zeroinitializer, align 16
@lz_compress.prev = internal global [3000000 x i32] zeroinitializer, align 16

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca [256 x i32], align 16
  %13 = alloca i64, align 8
  %14 = alloca [256 x i8], align 16
  %15 = alloca [256 x i32], align 16
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i64, align 8
  %19 = alloca i32, align 4
  %20 = alloca i64, align 8
  %21 = alloca i32, align 4
  %22 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %23 = call noalias ptr @malloc(i64 noundef 3000000) #7
  store ptr %23, ptr %2, align 8
  %24 = call noalias ptr @malloc(i64 noundef 6000016) #7
  store ptr %24, ptr %3, align 8
  %25 = call noalias ptr @malloc(i64 noundef 6000016) #7
  store ptr %25, ptr %4, align 8
  %26 = call noalias ptr @malloc(i64 noundef 6000016) #7
  store ptr %26, ptr %5, align 8
  %27 = call noalias ptr @malloc(i64 noundef 3000016) #7
  store ptr %27, ptr %6, align 8
  %28 = load ptr, ptr %2, align 8
  %29 = icmp ne ptr %28, null
  br i1 %29, label %30, label %42

30:                                               ; preds = %0
  %31 = load ptr, ptr %3, align 8
  %32 = icmp ne ptr %31, null
  br i1 %32, label %33, label %42

33:                                               ; preds = %30
  %34 = load ptr, ptr %4, align 8
  %35 = icmp ne ptr %34, null
  br i1 %35, label %36, label %42

36:                                               ; preds = %33
  %37 = load ptr, ptr %5, align 8
  %38 = icmp ne ptr %37, null
  br i1 %38, label %39, label %42

39:                                               ; preds = %36
  %40 = load ptr, ptr %6, align 8
  %41 = icmp ne ptr %40, null
  br i1 %41, label %43, label %42

42:                                               ; preds = %39, %36, %33, %30, %0
  store i32 2, ptr %1, align 4
  br label %219

43:                                               ; preds = %39
  store i32 1, ptr %7, align 4
  store i64 0, ptr %8, align 8
  br label %44

44:                                               ; preds = %96, %61, %43
  %45 = load i64, ptr %8, align 8
  %46 = icmp ult i64 %45, 3000000
  br i1 %46, label %47, label %97

47:                                               ; preds = %44
  %48 = load i32, ptr %7, align 4
  %49 = mul i32 %48, 1664525
  %50 = add i32 %49, 1013904223
  store i32 %50, ptr %7, align 4
  %51 = load i32, ptr %7, align 4
  %52 = lshr i32 %51, 24
  %53 = and i32 %52, 15
  %54 = zext i32 %53 to i64
  %55 = getelementptr inbounds nuw [16 x ptr], ptr @words, i64 0, i64 %54
  %56 = load ptr, ptr %55, align 8
  store ptr %56, ptr %9, align 8
  %57 = load i32, ptr %7, align 4
  %58 = lshr i32 %57, 16
  %59 = and i32 %58, 7
  %60 = icmp eq i32 %59, 0
  br i1 %60, label %61, label %71

61:                                               ; preds = %47
  %62 = load i32, ptr %7, align 4
  %63 = lshr i32 %62, 8
  %64 = urem i32 %63, 26
  %65 = add i32 97, %64
  %66 = trunc i32 %65 to i8
  %67 = load ptr, ptr %2, align 8
  %68 = load i64, ptr %8, align 8
  %69 = add i64 %68, 1
  store i64 %69, ptr %8, align 8
  %70 = getelementptr inbounds nuw i8, ptr %67, i64 %68
  store i8 %66, ptr %70, align 1
  br label %44, !llvm.loop !6

71:                                               ; preds = %47
  store i64 0, ptr %10, align 8
  br label %72

72:                                               ; preds = %93, %71
  %73 = load ptr, ptr %9, align 8
  %74 = load i64, ptr %10, align 8
  %75 = getelementptr inbounds nuw i8, ptr %73, i64 %74
  %76 = load i8, ptr %75, align 1
  %77 = sext i8 %76 to i32
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %79, label %82

79:                                               ; preds = %72
  %80 = load i64, ptr %8, align 8
  %81 = icmp ult i64 %80, 3000000
  br label %82

82:                                               ; preds = %79, %72
  %83 = phi i1 [ false, %72 ], [ %81, %79 ]
  br i1 %83, label %84, label %96

84:                                               ; preds = %82
  %85 = load ptr, ptr %9, align 8
  %86 = load i64, ptr %10, align 8
  %87 = getelementptr inbounds nuw i8, ptr %85, i64 %86
  %88 = load i8, ptr %87, align 1
  %89 = load ptr, ptr %2, align 8
  %90 = load i64, ptr %8, align 8
  %91 = add i64 %90, 1
  store i64 %91, ptr %8, align 8
  %92 = getelementptr inbounds nuw i8, ptr %89, i64 %90
  store i8 %88, ptr %92, align 1
  br label %93

93:                                               ; preds = %84
  %94 = load i64, ptr %10, align 8
  %95 = add i64 %94, 1
  store i64 %95, ptr %10, align 8
  br label %72, !llvm.loop !8

96:                                               ; preds = %82
  br label %44, !llvm.loop !6

97:                                               ; preds = %44
  %98 = load ptr, ptr %2, align 8
  %99 = load i64, ptr %8, align 8
  %100 = load ptr, ptr %3, align 8
  %101 = call i64 @lz_compress(ptr noundef %98, i64 noundef %99, ptr noundef %100)
  store i64 %101, ptr %11, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %12, i8 0, i64 1024, i1 false)
  store i64 0, ptr %13, align 8
  br label %102

102:                                              ; preds = %115, %97
  %103 = load i64, ptr %13, align 8
  %104 = load i64, ptr %11, align 8
  %105 = icmp ult i64 %103, %104
  br i1 %105, label %106, label %118

106:                                              ; preds = %102
  %107 = load ptr, ptr %3, align 8
  %108 = load i64, ptr %13, align 8
  %109 = getelementptr inbounds nuw i8, ptr %107, i64 %108
  %110 = load i8, ptr %109, align 1
  %111 = zext i8 %110 to i64
  %112 = getelementptr inbounds nuw [256 x i32], ptr %12, i64 0, i64 %111
  %113 = load i32, ptr %112, align 4
  %114 = add i32 %113, 1
  store i32 %114, ptr %112, align 4
  br label %115

115:                                              ; preds = %106
  %116 = load i64, ptr %13, align 8
  %117 = add i64 %116, 1
  store i64 %117, ptr %13, align 8
  br label %102, !llvm.loop !9

118:                                              ; preds = %102
  call void @llvm.memset.p0.i64(ptr align 16 %15, i8 0, i64 1024, i1 false)
  %119 = getelementptr inbounds [256 x i32], ptr %12, i64 0, i64 0
  %120 = getelementptr inbounds [256 x i8], ptr %14, i64 0, i64 0
  call void @code_lengths(ptr noundef %119, ptr noundef %120)
  store i32 0, ptr %16, align 4
  store i32 0, ptr %17, align 4
  br label %121

121:                                              ; preds = %139, %118
  %122 = load i32, ptr %17, align 4
  %123 = icmp slt i32 %122, 256
  br i1 %123, label %124, label %142

124:                                              ; preds = %121
  %125 = load i32, ptr %17, align 4
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [256 x i8], ptr %14, i64 0, i64 %126
  %128 = load i8, ptr %127, align 1
  %129 = zext i8 %128 to i32
  %130 = load i32, ptr %16, align 4
  %131 = icmp sgt i32 %129, %130
  br i1 %131, label %132, label %138

132:                                              ; preds = %124
  %133 = load i32, ptr %17, align 4
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [256 x i8], ptr %14, i64 0, i64 %134
  %136 = load i8, ptr %135, align 1
  %137 = zext i8 %136 to i32
  store i32 %137, ptr %16, align 4
  br label %138

138:                                              ; preds = %132, %124
  br label %139

139:                                              ; preds = %138
  %140 = load i32, ptr %17, align 4
  %141 = add nsw i32 %140, 1
  store i32 %141, ptr %17, align 4
  br label %121, !llvm.loop !10

142:                                              ; preds = %121
  %143 = load i32, ptr %16, align 4
  %144 = icmp sgt i32 %143, 56
  br i1 %144, label %145, label %147

145:                                              ; preds = %142
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str)
  store i32 1, ptr %1, align 4
  br label %219

147:                                              ; preds = %142
  %148 = getelementptr inbounds [256 x i8], ptr %14, i64 0, i64 0
  %149 = getelementptr inbounds [256 x i32], ptr %15, i64 0, i64 0
  call void @canonical(ptr noundef %148, ptr noundef %149)
  %150 = load ptr, ptr %3, align 8
  %151 = load i64, ptr %11, align 8
  %152 = getelementptr inbounds [256 x i8], ptr %14, i64 0, i64 0
  %153 = getelementptr inbounds [256 x i32], ptr %15, i64 0, i64 0
  %154 = load ptr, ptr %4, align 8
  %155 = call i64 @huff_encode(ptr noundef %150, i64 noundef %151, ptr noundef %152, ptr noundef %153, ptr noundef %154)
  store i64 %155, ptr %18, align 8
  %156 = load ptr, ptr %4, align 8
  %157 = load i64, ptr %11, align 8
  %158 = getelementptr inbounds [256 x i8], ptr %14, i64 0, i64 0
  %159 = getelementptr inbounds [256 x i32], ptr %15, i64 0, i64 0
  %160 = load ptr, ptr %5, align 8
  call void @huff_decode(ptr noundef %156, i64 noundef %157, ptr noundef %158, ptr noundef %159, ptr noundef %160)
  %161 = load ptr, ptr %3, align 8
  %162 = load ptr, ptr %5, align 8
  %163 = load i64, ptr %11, align 8
  %164 = call i32 @memcmp(ptr noundef %161, ptr noundef %162, i64 noundef %163) #8
  %165 = icmp eq i32 %164, 0
  %166 = zext i1 %165 to i32
  store i32 %166, ptr %19, align 4
  %167 = load ptr, ptr %5, align 8
  %168 = load i64, ptr %11, align 8
  %169 = load ptr, ptr %6, align 8
  %170 = call i64 @lz_decompress(ptr noundef %167, i64 noundef %168, ptr noundef %169)
  store i64 %170, ptr %20, align 8
  %171 = load i32, ptr %19, align 4
  %172 = icmp ne i32 %171, 0
  br i1 %172, label %173, label %183

173:                                              ; preds = %147
  %174 = load i64, ptr %20, align 8
  %175 = load i64, ptr %8, align 8
  %176 = icmp eq i64 %174, %175
  br i1 %176, label %177, label %183

177:                                              ; preds = %173
  %178 = load ptr, ptr %2, align 8
  %179 = load ptr, ptr %6, align 8
  %180 = load i64, ptr %8, align 8
  %181 = call i32 @memcmp(ptr noundef %178, ptr noundef %179, i64 noundef %180) #8
  %182 = icmp eq i32 %181, 0
  br label %183

183:                                              ; preds = %177, %173, %147
  %184 = phi i1 [ false, %173 ], [ false, %147 ], [ %182, %177 ]
  %185 = zext i1 %184 to i32
  store i32 %185, ptr %19, align 4
  store i32 0, ptr %21, align 4
  store i64 0, ptr %22, align 8
  br label %186

186:                                              ; preds = %199, %183
  %187 = load i64, ptr %22, align 8
  %188 = load i64, ptr %18, align 8
  %189 = icmp ult i64 %187, %188
  br i1 %189, label %190, label %202

190:                                              ; preds = %186
  %191 = load i32, ptr %21, align 4
  %192 = mul i32 %191, 31
  %193 = load ptr, ptr %4, align 8
  %194 = load i64, ptr %22, align 8
  %195 = getelementptr inbounds nuw i8, ptr %193, i64 %194
  %196 = load i8, ptr %195, align 1
  %197 = zext i8 %196 to i32
  %198 = add i32 %192, %197
  store i32 %198, ptr %21, align 4
  br label %199

199:                                              ; preds = %190
  %200 = load i64, ptr %22, align 8
  %201 = add i64 %200, 1
  store i64 %201, ptr %22, align 8
  br label %186, !llvm.loop !11

202:                                              ; preds = %186
  %203 = load i64, ptr %8, align 8
  %204 = load i64, ptr %11, align 8
  %205 = load i64, ptr %18, align 8
  %206 = load i32, ptr %16, align 4
  %207 = load i32, ptr %21, align 4
  %208 = load i32, ptr %19, align 4
  %209 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %203, i64 noundef %204, i64 noundef %205, i32 noundef %206, i32 noundef %207, i32 noundef %208)
  %210 = load ptr, ptr %2, align 8
  call void @free(ptr noundef %210) #9
  %211 = load ptr, ptr %3, align 8
  call void @free(ptr noundef %211) #9
  %212 = load ptr, ptr %4, align 8
  call void @free(ptr noundef %212) #9
  %213 = load ptr, ptr %5, align 8
  call void @free(ptr noundef %213) #9
  %214 = load ptr, ptr %6, align 8
  call void @free(ptr noundef %214) #9
  %215 = load i32, ptr %19, align 4
  %216 = icmp ne i32 %215, 0
  %217 = zext i1 %216 to i64
  %218 = select i1 %216, i32 0, i32 1
  store i32 %218, ptr %1, align 4
  br label %219

219:                                              ; preds = %202, %145, %42
  %220 = load i32, ptr %1, align 4
  ret i32 %220
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #1

; Function Attrs: noinline nounwind uwtable
define internal i64 @lz_compress(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i32, align 4
  %20 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %21

21:                                               ; preds = %28, %3
  %22 = load i32, ptr %7, align 4
  %23 = icmp slt i32 %22, 16384
  br i1 %23, label %24, label %31

24:                                               ; preds = %21
  %25 = load i32, ptr %7, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [16384 x i32], ptr @lz_compress.head, i64 0, i64 %26
  store i32 -1, ptr %27, align 4
  br label %28

28:                                               ; preds = %24
  %29 = load i32, ptr %7, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %7, align 4
  br label %21, !llvm.loop !12

31:                                               ; preds = %21
  store i64 0, ptr %8, align 8
  store i64 0, ptr %9, align 8
  store i64 0, ptr %10, align 8
  br label %32

32:                                               ; preds = %291, %31
  %33 = load i64, ptr %10, align 8
  %34 = load i64, ptr %5, align 8
  %35 = icmp ult i64 %33, %34
  br i1 %35, label %36, label %292

36:                                               ; preds = %32
  store i32 0, ptr %11, align 4
  store i32 0, ptr %12, align 4
  %37 = load i64, ptr %10, align 8
  %38 = add i64 %37, 4
  %39 = load i64, ptr %5, align 8
  %40 = icmp ule i64 %38, %39
  br i1 %40, label %41, label %154

41:                                               ; preds = %36
  %42 = load ptr, ptr %4, align 8
  %43 = load i64, ptr %10, align 8
  %44 = getelementptr inbounds nuw i8, ptr %42, i64 %43
  %45 = load i8, ptr %44, align 1
  %46 = zext i8 %45 to i32
  %47 = mul i32 %46, 506832829
  %48 = load ptr, ptr %4, align 8
  %49 = load i64, ptr %10, align 8
  %50 = add i64 %49, 1
  %51 = getelementptr inbounds nuw i8, ptr %48, i64 %50
  %52 = load i8, ptr %51, align 1
  %53 = zext i8 %52 to i32
  %54 = shl i32 %53, 8
  %55 = xor i32 %47, %54
  %56 = load ptr, ptr %4, align 8
  %57 = load i64, ptr %10, align 8
  %58 = add i64 %57, 2
  %59 = getelementptr inbounds nuw i8, ptr %56, i64 %58
  %60 = load i8, ptr %59, align 1
  %61 = zext i8 %60 to i32
  %62 = shl i32 %61, 16
  %63 = xor i32 %55, %62
  %64 = load ptr, ptr %4, align 8
  %65 = load i64, ptr %10, align 8
  %66 = add i64 %65, 3
  %67 = getelementptr inbounds nuw i8, ptr %64, i64 %66
  %68 = load i8, ptr %67, align 1
  %69 = zext i8 %68 to i32
  %70 = xor i32 %63, %69
  %71 = lshr i32 %70, 18
  store i32 %71, ptr %13, align 4
  %72 = load i32, ptr %13, align 4
  %73 = and i32 %72, 16383
  store i32 %73, ptr %13, align 4
  %74 = load i32, ptr %13, align 4
  %75 = zext i32 %74 to i64
  %76 = getelementptr inbounds nuw [16384 x i32], ptr @lz_compress.head, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4
  store i32 %77, ptr %14, align 4
  store i32 32, ptr %15, align 4
  br label %78

78:                                               ; preds = %137, %41
  %79 = load i32, ptr %14, align 4
  %80 = icmp sge i32 %79, 0
  br i1 %80, label %81, label %91

81:                                               ; preds = %78
  %82 = load i64, ptr %10, align 8
  %83 = trunc i64 %82 to i32
  %84 = load i32, ptr %14, align 4
  %85 = sub nsw i32 %83, %84
  %86 = icmp sle i32 %85, 4095
  br i1 %86, label %87, label %91

87:                                               ; preds = %81
  %88 = load i32, ptr %15, align 4
  %89 = add nsw i32 %88, -1
  store i32 %89, ptr %15, align 4
  %90 = icmp sgt i32 %88, 0
  br label %91

91:                                               ; preds = %87, %81, %78
  %92 = phi i1 [ false, %81 ], [ false, %78 ], [ %90, %87 ]
  br i1 %92, label %93, label %142

93:                                               ; preds = %91
  store i32 0, ptr %16, align 4
  br label %94

94:                                               ; preds = %124, %93
  %95 = load i32, ptr %16, align 4
  %96 = icmp slt i32 %95, 130
  br i1 %96, label %97, label %122

97:                                               ; preds = %94
  %98 = load i64, ptr %10, align 8
  %99 = load i32, ptr %16, align 4
  %100 = sext i32 %99 to i64
  %101 = add i64 %98, %100
  %102 = load i64, ptr %5, align 8
  %103 = icmp ult i64 %101, %102
  br i1 %103, label %104, label %122

104:                                              ; preds = %97
  %105 = load ptr, ptr %4, align 8
  %106 = load i32, ptr %14, align 4
  %107 = load i32, ptr %16, align 4
  %108 = add nsw i32 %106, %107
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds i8, ptr %105, i64 %109
  %111 = load i8, ptr %110, align 1
  %112 = zext i8 %111 to i32
  %113 = load ptr, ptr %4, align 8
  %114 = load i64, ptr %10, align 8
  %115 = load i32, ptr %16, align 4
  %116 = sext i32 %115 to i64
  %117 = add i64 %114, %116
  %118 = getelementptr inbounds nuw i8, ptr %113, i64 %117
  %119 = load i8, ptr %118, align 1
  %120 = zext i8 %119 to i32
  %121 = icmp eq i32 %112, %120
  br label %122

122:                                              ; preds = %104, %97, %94
  %123 = phi i1 [ false, %97 ], [ false, %94 ], [ %121, %104 ]
  br i1 %123, label %124, label %127

124:                                              ; preds = %122
  %125 = load i32, ptr %16, align 4
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %16, align 4
  br label %94, !llvm.loop !13

127:                                              ; preds = %122
  %128 = load i32, ptr %16, align 4
  %129 = load i32, ptr %11, align 4
  %130 = icmp sgt i32 %128, %129
  br i1 %130, label %131, label %137

131:                                              ; preds = %127
  %132 = load i32, ptr %16, align 4
  store i32 %132, ptr %11, align 4
  %133 = load i64, ptr %10, align 8
  %134 = trunc i64 %133 to i32
  %135 = load i32, ptr %14, align 4
  %136 = sub nsw i32 %134, %135
  store i32 %136, ptr %12, align 4
  br label %137

137:                                              ; preds = %131, %127
  %138 = load i32, ptr %14, align 4
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [3000000 x i32], ptr @lz_compress.prev, i64 0, i64 %139
  %141 = load i32, ptr %140, align 4
  store i32 %141, ptr %14, align 4
  br label %78, !llvm.loop !14

142:                                              ; preds = %91
  %143 = load i32, ptr %13, align 4
  %144 = zext i32 %143 to i64
  %145 = getelementptr inbounds nuw [16384 x i32], ptr @lz_compress.head, i64 0, i64 %144
  %146 = load i32, ptr %145, align 4
  %147 = load i64, ptr %10, align 8
  %148 = getelementptr inbounds nuw [3000000 x i32], ptr @lz_compress.prev, i64 0, i64 %147
  store i32 %146, ptr %148, align 4
  %149 = load i64, ptr %10, align 8
  %150 = trunc i64 %149 to i32
  %151 = load i32, ptr %13, align 4
  %152 = zext i32 %151 to i64
  %153 = getelementptr inbounds nuw [16384 x i32], ptr @lz_compress.head, i64 0, i64 %152
  store i32 %150, ptr %153, align 4
  br label %154

154:                                              ; preds = %142, %36
  %155 = load i32, ptr %11, align 4
  %156 = icmp sge i32 %155, 4
  br i1 %156, label %157, label %288

157:                                              ; preds = %154
  br label %158

158:                                              ; preds = %169, %157
  %159 = load i64, ptr %9, align 8
  %160 = load i64, ptr %10, align 8
  %161 = icmp ult i64 %159, %160
  br i1 %161, label %162, label %193

162:                                              ; preds = %158
  %163 = load i64, ptr %10, align 8
  %164 = load i64, ptr %9, align 8
  %165 = sub i64 %163, %164
  store i64 %165, ptr %17, align 8
  %166 = load i64, ptr %17, align 8
  %167 = icmp ugt i64 %166, 255
  br i1 %167, label %168, label %169

168:                                              ; preds = %162
  store i64 255, ptr %17, align 8
  br label %169

169:                                              ; preds = %168, %162
  %170 = load ptr, ptr %6, align 8
  %171 = load i64, ptr %8, align 8
  %172 = add i64 %171, 1
  store i64 %172, ptr %8, align 8
  %173 = getelementptr inbounds nuw i8, ptr %170, i64 %171
  store i8 0, ptr %173, align 1
  %174 = load i64, ptr %17, align 8
  %175 = trunc i64 %174 to i8
  %176 = load ptr, ptr %6, align 8
  %177 = load i64, ptr %8, align 8
  %178 = add i64 %177, 1
  store i64 %178, ptr %8, align 8
  %179 = getelementptr inbounds nuw i8, ptr %176, i64 %177
  store i8 %175, ptr %179, align 1
  %180 = load ptr, ptr %6, align 8
  %181 = load i64, ptr %8, align 8
  %182 = getelementptr inbounds nuw i8, ptr %180, i64 %181
  %183 = load ptr, ptr %4, align 8
  %184 = load i64, ptr %9, align 8
  %185 = getelementptr inbounds nuw i8, ptr %183, i64 %184
  %186 = load i64, ptr %17, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %182, ptr align 1 %185, i64 %186, i1 false)
  %187 = load i64, ptr %17, align 8
  %188 = load i64, ptr %8, align 8
  %189 = add i64 %188, %187
  store i64 %189, ptr %8, align 8
  %190 = load i64, ptr %17, align 8
  %191 = load i64, ptr %9, align 8
  %192 = add i64 %191, %190
  store i64 %192, ptr %9, align 8
  br label %158, !llvm.loop !15

193:                                              ; preds = %158
  %194 = load ptr, ptr %6, align 8
  %195 = load i64, ptr %8, align 8
  %196 = add i64 %195, 1
  store i64 %196, ptr %8, align 8
  %197 = getelementptr inbounds nuw i8, ptr %194, i64 %195
  store i8 1, ptr %197, align 1
  %198 = load i32, ptr %11, align 4
  %199 = sub nsw i32 %198, 4
  %200 = trunc i32 %199 to i8
  %201 = load ptr, ptr %6, align 8
  %202 = load i64, ptr %8, align 8
  %203 = add i64 %202, 1
  store i64 %203, ptr %8, align 8
  %204 = getelementptr inbounds nuw i8, ptr %201, i64 %202
  store i8 %200, ptr %204, align 1
  %205 = load i32, ptr %12, align 4
  %206 = and i32 %205, 255
  %207 = trunc i32 %206 to i8
  %208 = load ptr, ptr %6, align 8
  %209 = load i64, ptr %8, align 8
  %210 = add i64 %209, 1
  store i64 %210, ptr %8, align 8
  %211 = getelementptr inbounds nuw i8, ptr %208, i64 %209
  store i8 %207, ptr %211, align 1
  %212 = load i32, ptr %12, align 4
  %213 = ashr i32 %212, 8
  %214 = trunc i32 %213 to i8
  %215 = load ptr, ptr %6, align 8
  %216 = load i64, ptr %8, align 8
  %217 = add i64 %216, 1
  store i64 %217, ptr %8, align 8
  %218 = getelementptr inbounds nuw i8, ptr %215, i64 %216
  store i8 %214, ptr %218, align 1
  %219 = load i64, ptr %10, align 8
  %220 = add i64 %219, 1
  store i64 %220, ptr %18, align 8
  br label %221

221:                                              ; preds = %279, %193
  %222 = load i64, ptr %18, align 8
  %223 = load i64, ptr %10, align 8
  %224 = load i32, ptr %11, align 4
  %225 = sext i32 %224 to i64
  %226 = add i64 %223, %225
  %227 = icmp ult i64 %222, %226
  br i1 %227, label %228, label %233

228:                                              ; preds = %221
  %229 = load i64, ptr %18, align 8
  %230 = add i64 %229, 4
  %231 = load i64, ptr %5, align 8
  %232 = icmp ule i64 %230, %231
  br label %233

233:                                              ; preds = %228, %221
  %234 = phi i1 [ false, %221 ], [ %232, %228 ]
  br i1 %234, label %235, label %282

235:                                              ; preds = %233
  %236 = load ptr, ptr %4, align 8
  %237 = load i64, ptr %18, align 8
  %238 = getelementptr inbounds nuw i8, ptr %236, i64 %237
  %239 = load i8, ptr %238, align 1
  %240 = zext i8 %239 to i32
  %241 = mul i32 %240, 506832829
  %242 = load ptr, ptr %4, align 8
  %243 = load i64, ptr %18, align 8
  %244 = add i64 %243, 1
  %245 = getelementptr inbounds nuw i8, ptr %242, i64 %244
  %246 = load i8, ptr %245, align 1
  %247 = zext i8 %246 to i32
  %248 = shl i32 %247, 8
  %249 = xor i32 %241, %248
  %250 = load ptr, ptr %4, align 8
  %251 = load i64, ptr %18, align 8
  %252 = add i64 %251, 2
  %253 = getelementptr inbounds nuw i8, ptr %250, i64 %252
  %254 = load i8, ptr %253, align 1
  %255 = zext i8 %254 to i32
  %256 = shl i32 %255, 16
  %257 = xor i32 %249, %256
  %258 = load ptr, ptr %4, align 8
  %259 = load i64, ptr %18, align 8
  %260 = add i64 %259, 3
  %261 = getelementptr inbounds nuw i8, ptr %258, i64 %260
  %262 = load i8, ptr %261, align 1
  %263 = zext i8 %262 to i32
  %264 = xor i32 %257, %263
  %265 = lshr i32 %264, 18
  store i32 %265, ptr %19, align 4
  %266 = load i32, ptr %19, align 4
  %267 = and i32 %266, 16383
  store i32 %267, ptr %19, align 4
  %268 = load i32, ptr %19, align 4
  %269 = zext i32 %268 to i64
  %270 = getelementptr inbounds nuw [16384 x i32], ptr @lz_compress.head, i64 0, i64 %269
  %271 = load i32, ptr %270, align 4
  %272 = load i64, ptr %18, align 8
  %273 = getelementptr inbounds nuw [3000000 x i32], ptr @lz_compress.prev, i64 0, i64 %272
  store i32 %271, ptr %273, align 4
  %274 = load i64, ptr %18, align 8
  %275 = trunc i64 %274 to i32
  %276 = load i32, ptr %19, align 4
  %277 = zext i32 %276 to i64
  %278 = getelementptr inbounds nuw [16384 x i32], ptr @lz_compress.head, i64 0, i64 %277
  store i32 %275, ptr %278, align 4
  br label %279

279:                                              ; preds = %235
  %280 = load i64, ptr %18, align 8
  %281 = add i64 %280, 1
  store i64 %281, ptr %18, align 8
  br label %221, !llvm.loop !16

282:                                              ; preds = %233
  %283 = load i32, ptr %11, align 4
  %284 = sext i32 %283 to i64
  %285 = load i64, ptr %10, align 8
  %286 = add i64 %285, %284
  store i64 %286, ptr %10, align 8
  %287 = load i64, ptr %10, align 8
  store i64 %287, ptr %9, align 8
  br label %291

288:                                              ; preds = %154
  %289 = load i64, ptr %10, align 8
  %290 = add i64 %289, 1
  store i64 %290, ptr %10, align 8
  br label %291

291:                                              ; preds = %288, %282
  br label %32, !llvm.loop !17

292:                                              ; preds = %32
  br label %293

293:                                              ; preds = %304, %292
  %294 = load i64, ptr %9, align 8
  %295 = load i64, ptr %5, align 8
  %296 = icmp ult i64 %294, %295
  br i1 %296, label %297, label %328

297:                                              ; preds = %293
  %298 = load i64, ptr %5, align 8
  %299 = load i64, ptr %9, align 8
  %300 = sub i64 %298, %299
  store i64 %300, ptr %20, align 8
  %301 = load i64, ptr %20, align 8
  %302 = icmp ugt i64 %301, 255
  br i1 %302, label %303, label %304

303:                                              ; preds = %297
  store i64 255, ptr %20, align 8
  br label %304

304:                                              ; preds = %303, %297
  %305 = load ptr, ptr %6, align 8
  %306 = load i64, ptr %8, align 8
  %307 = add i64 %306, 1
  store i64 %307, ptr %8, align 8
  %308 = getelementptr inbounds nuw i8, ptr %305, i64 %306
  store i8 0, ptr %308, align 1
  %309 = load i64, ptr %20, align 8
  %310 = trunc i64 %309 to i8
  %311 = load ptr, ptr %6, align 8
  %312 = load i64, ptr %8, align 8
  %313 = add i64 %312, 1
  store i64 %313, ptr %8, align 8
  %314 = getelementptr inbounds nuw i8, ptr %311, i64 %312
  store i8 %310, ptr %314, align 1
  %315 = load ptr, ptr %6, align 8
  %316 = load i64, ptr %8, align 8
  %317 = getelementptr inbounds nuw i8, ptr %315, i64 %316
  %318 = load ptr, ptr %4, align 8
  %319 = load i64, ptr %9, align 8
  %320 = getelementptr inbounds nuw i8, ptr %318, i64 %319
  %321 = load i64, ptr %20, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %317, ptr align 1 %320, i64 %321, i1 false)
  %322 = load i64, ptr %20, align 8
  %323 = load i64, ptr %8, align 8
  %324 = add i64 %323, %322
  store i64 %324, ptr %8, align 8
  %325 = load i64, ptr %20, align 8
  %326 = load i64, ptr %9, align 8
  %327 = add i64 %326, %325
  store i64 %327, ptr %9, align 8
  br label %293, !llvm.loop !18

328:                                              ; preds = %293
  %329 = load i64, ptr %8, align 8
  ret i64 %329
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind uwtable
define internal void @code_lengths(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [512 x i32], align 16
  %6 = alloca [512 x i64], align 16
  %7 = alloca [512 x i32], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 256, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %19

19:                                               ; preds = %49, %2
  %20 = load i32, ptr %9, align 4
  %21 = icmp slt i32 %20, 256
  br i1 %21, label %22, label %52

22:                                               ; preds = %19
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %9, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i32, ptr %23, i64 %25
  %27 = load i32, ptr %26, align 4
  %28 = zext i32 %27 to i64
  %29 = load i32, ptr %9, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [512 x i64], ptr %6, i64 0, i64 %30
  store i64 %28, ptr %31, align 8
  %32 = load ptr, ptr %3, align 8
  %33 = load i32, ptr %9, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i32, ptr %32, i64 %34
  %36 = load i32, ptr %35, align 4
  %37 = icmp ugt i32 %36, 0
  %38 = zext i1 %37 to i32
  %39 = load i32, ptr %9, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [512 x i32], ptr %7, i64 0, i64 %40
  store i32 %38, ptr %41, align 4
  %42 = load i32, ptr %9, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [512 x i32], ptr %5, i64 0, i64 %43
  store i32 -1, ptr %44, align 4
  %45 = load ptr, ptr %4, align 8
  %46 = load i32, ptr %9, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i8, ptr %45, i64 %47
  store i8 0, ptr %48, align 1
  br label %49

49:                                               ; preds = %22
  %50 = load i32, ptr %9, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %9, align 4
  br label %19, !llvm.loop !19

52:                                               ; preds = %19
  store i32 0, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %53

53:                                               ; preds = %63, %52
  %54 = load i32, ptr %11, align 4
  %55 = icmp slt i32 %54, 256
  br i1 %55, label %56, label %66

56:                                               ; preds = %53
  %57 = load i32, ptr %11, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [512 x i32], ptr %7, i64 0, i64 %58
  %60 = load i32, ptr %59, align 4
  %61 = load i32, ptr %10, align 4
  %62 = add nsw i32 %61, %60
  store i32 %62, ptr %10, align 4
  br label %63

63:                                               ; preds = %56
  %64 = load i32, ptr %11, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %11, align 4
  br label %53, !llvm.loop !20

66:                                               ; preds = %53
  %67 = load i32, ptr %10, align 4
  %68 = icmp eq i32 %67, 1
  br i1 %68, label %69, label %89

69:                                               ; preds = %66
  store i32 0, ptr %12, align 4
  br label %70

70:                                               ; preds = %85, %69
  %71 = load i32, ptr %12, align 4
  %72 = icmp slt i32 %71, 256
  br i1 %72, label %73, label %88

73:                                               ; preds = %70
  %74 = load i32, ptr %12, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [512 x i32], ptr %7, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %79, label %84

79:                                               ; preds = %73
  %80 = load ptr, ptr %4, align 8
  %81 = load i32, ptr %12, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds i8, ptr %80, i64 %82
  store i8 1, ptr %83, align 1
  br label %84

84:                                               ; preds = %79, %73
  br label %85

85:                                               ; preds = %84
  %86 = load i32, ptr %12, align 4
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %12, align 4
  br label %70, !llvm.loop !21

88:                                               ; preds = %70
  br label %215

89:                                               ; preds = %66
  br label %90

90:                                               ; preds = %141, %89
  %91 = load i32, ptr %10, align 4
  %92 = icmp sgt i32 %91, 1
  br i1 %92, label %93, label %177

93:                                               ; preds = %90
  store i32 -1, ptr %13, align 4
  store i32 -1, ptr %14, align 4
  store i32 0, ptr %15, align 4
  br label %94

94:                                               ; preds = %138, %93
  %95 = load i32, ptr %15, align 4
  %96 = load i32, ptr %8, align 4
  %97 = icmp slt i32 %95, %96
  br i1 %97, label %98, label %141

98:                                               ; preds = %94
  %99 = load i32, ptr %15, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [512 x i32], ptr %7, i64 0, i64 %100
  %102 = load i32, ptr %101, align 4
  %103 = icmp ne i32 %102, 0
  br i1 %103, label %105, label %104

104:                                              ; preds = %98
  br label %138

105:                                              ; preds = %98
  %106 = load i32, ptr %13, align 4
  %107 = icmp slt i32 %106, 0
  br i1 %107, label %118, label %108

108:                                              ; preds = %105
  %109 = load i32, ptr %15, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [512 x i64], ptr %6, i64 0, i64 %110
  %112 = load i64, ptr %111, align 8
  %113 = load i32, ptr %13, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [512 x i64], ptr %6, i64 0, i64 %114
  %116 = load i64, ptr %115, align 8
  %117 = icmp ult i64 %112, %116
  br i1 %117, label %118, label %121

118:                                              ; preds = %108, %105
  %119 = load i32, ptr %13, align 4
  store i32 %119, ptr %14, align 4
  %120 = load i32, ptr %15, align 4
  store i32 %120, ptr %13, align 4
  br label %137

121:                                              ; preds = %108
  %122 = load i32, ptr %14, align 4
  %123 = icmp slt i32 %122, 0
  br i1 %123, label %134, label %124

124:                                              ; preds = %121
  %125 = load i32, ptr %15, align 4
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [512 x i64], ptr %6, i64 0, i64 %126
  %128 = load i64, ptr %127, align 8
  %129 = load i32, ptr %14, align 4
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [512 x i64], ptr %6, i64 0, i64 %130
  %132 = load i64, ptr %131, align 8
  %133 = icmp ult i64 %128, %132
  br i1 %133, label %134, label %136

134:                                              ; preds = %124, %121
  %135 = load i32, ptr %15, align 4
  store i32 %135, ptr %14, align 4
  br label %136

136:                                              ; preds = %134, %124
  br label %137

137:                                              ; preds = %136, %118
  br label %138

138:                                              ; preds = %137, %104
  %139 = load i32, ptr %15, align 4
  %140 = add nsw i32 %139, 1
  store i32 %140, ptr %15, align 4
  br label %94, !llvm.loop !22

141:                                              ; preds = %94
  %142 = load i32, ptr %13, align 4
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [512 x i64], ptr %6, i64 0, i64 %143
  %145 = load i64, ptr %144, align 8
  %146 = load i32, ptr %14, align 4
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [512 x i64], ptr %6, i64 0, i64 %147
  %149 = load i64, ptr %148, align 8
  %150 = add i64 %145, %149
  %151 = load i32, ptr %8, align 4
  %152 = sext i32 %151 to i64
  %153 = getelementptr inbounds [512 x i64], ptr %6, i64 0, i64 %152
  store i64 %150, ptr %153, align 8
  %154 = load i32, ptr %8, align 4
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [512 x i32], ptr %7, i64 0, i64 %155
  store i32 1, ptr %156, align 4
  %157 = load i32, ptr %8, align 4
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds [512 x i32], ptr %5, i64 0, i64 %158
  store i32 -1, ptr %159, align 4
  %160 = load i32, ptr %14, align 4
  %161 = sext i32 %160 to i64
  %162 = getelementptr inbounds [512 x i32], ptr %7, i64 0, i64 %161
  store i32 0, ptr %162, align 4
  %163 = load i32, ptr %13, align 4
  %164 = sext i32 %163 to i64
  %165 = getelementptr inbounds [512 x i32], ptr %7, i64 0, i64 %164
  store i32 0, ptr %165, align 4
  %166 = load i32, ptr %8, align 4
  %167 = load i32, ptr %14, align 4
  %168 = sext i32 %167 to i64
  %169 = getelementptr inbounds [512 x i32], ptr %5, i64 0, i64 %168
  store i32 %166, ptr %169, align 4
  %170 = load i32, ptr %13, align 4
  %171 = sext i32 %170 to i64
  %172 = getelementptr inbounds [512 x i32], ptr %5, i64 0, i64 %171
  store i32 %166, ptr %172, align 4
  %173 = load i32, ptr %8, align 4
  %174 = add nsw i32 %173, 1
  store i32 %174, ptr %8, align 4
  %175 = load i32, ptr %10, align 4
  %176 = add nsw i32 %175, -1
  store i32 %176, ptr %10, align 4
  br label %90, !llvm.loop !23

177:                                              ; preds = %90
  store i32 0, ptr %16, align 4
  br label %178

178:                                              ; preds = %212, %177
  %179 = load i32, ptr %16, align 4
  %180 = icmp slt i32 %179, 256
  br i1 %180, label %181, label %215

181:                                              ; preds = %178
  %182 = load ptr, ptr %3, align 8
  %183 = load i32, ptr %16, align 4
  %184 = sext i32 %183 to i64
  %185 = getelementptr inbounds i32, ptr %182, i64 %184
  %186 = load i32, ptr %185, align 4
  %187 = icmp ne i32 %186, 0
  br i1 %187, label %189, label %188

188:                                              ; preds = %181
  br label %212

189:                                              ; preds = %181
  store i32 0, ptr %17, align 4
  %190 = load i32, ptr %16, align 4
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds [512 x i32], ptr %5, i64 0, i64 %191
  %193 = load i32, ptr %192, align 4
  store i32 %193, ptr %18, align 4
  br label %194

194:                                              ; preds = %200, %189
  %195 = load i32, ptr %18, align 4
  %196 = icmp sge i32 %195, 0
  br i1 %196, label %197, label %205

197:                                              ; preds = %194
  %198 = load i32, ptr %17, align 4
  %199 = add nsw i32 %198, 1
  store i32 %199, ptr %17, align 4
  br label %200

200:                                              ; preds = %197
  %201 = load i32, ptr %18, align 4
  %202 = sext i32 %201 to i64
  %203 = getelementptr inbounds [512 x i32], ptr %5, i64 0, i64 %202
  %204 = load i32, ptr %203, align 4
  store i32 %204, ptr %18, align 4
  br label %194, !llvm.loop !24

205:                                              ; preds = %194
  %206 = load i32, ptr %17, align 4
  %207 = trunc i32 %206 to i8
  %208 = load ptr, ptr %4, align 8
  %209 = load i32, ptr %16, align 4
  %210 = sext i32 %209 to i64
  %211 = getelementptr inbounds i8, ptr %208, i64 %210
  store i8 %207, ptr %211, align 1
  br label %212

212:                                              ; preds = %205, %188
  %213 = load i32, ptr %16, align 4
  %214 = add nsw i32 %213, 1
  store i32 %214, ptr %16, align 4
  br label %178, !llvm.loop !25

215:                                              ; preds = %88, %178
  ret void
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: noinline nounwind uwtable
define internal void @canonical(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [64 x i32], align 16
  %6 = alloca [64 x i32], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 256, i1 false)
  store i32 0, ptr %7, align 4
  br label %11

11:                                               ; preds = %24, %2
  %12 = load i32, ptr %7, align 4
  %13 = icmp slt i32 %12, 256
  br i1 %13, label %14, label %27

14:                                               ; preds = %11
  %15 = load ptr, ptr %3, align 8
  %16 = load i32, ptr %7, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i8, ptr %15, i64 %17
  %19 = load i8, ptr %18, align 1
  %20 = zext i8 %19 to i64
  %21 = getelementptr inbounds nuw [64 x i32], ptr %5, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %21, align 4
  br label %24

24:                                               ; preds = %14
  %25 = load i32, ptr %7, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %7, align 4
  br label %11, !llvm.loop !26

27:                                               ; preds = %11
  %28 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 0
  store i32 0, ptr %28, align 16
  store i32 0, ptr %8, align 4
  store i32 1, ptr %9, align 4
  br label %29

29:                                               ; preds = %45, %27
  %30 = load i32, ptr %9, align 4
  %31 = icmp slt i32 %30, 64
  br i1 %31, label %32, label %48

32:                                               ; preds = %29
  %33 = load i32, ptr %8, align 4
  %34 = load i32, ptr %9, align 4
  %35 = sub nsw i32 %34, 1
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4
  %39 = add i32 %33, %38
  %40 = shl i32 %39, 1
  store i32 %40, ptr %8, align 4
  %41 = load i32, ptr %8, align 4
  %42 = load i32, ptr %9, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [64 x i32], ptr %6, i64 0, i64 %43
  store i32 %41, ptr %44, align 4
  br label %45

45:                                               ; preds = %32
  %46 = load i32, ptr %9, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %9, align 4
  br label %29, !llvm.loop !27

48:                                               ; preds = %29
  store i32 0, ptr %10, align 4
  br label %49

49:                                               ; preds = %74, %48
  %50 = load i32, ptr %10, align 4
  %51 = icmp slt i32 %50, 256
  br i1 %51, label %52, label %77

52:                                               ; preds = %49
  %53 = load ptr, ptr %3, align 8
  %54 = load i32, ptr %10, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds i8, ptr %53, i64 %55
  %57 = load i8, ptr %56, align 1
  %58 = icmp ne i8 %57, 0
  br i1 %58, label %59, label %73

59:                                               ; preds = %52
  %60 = load ptr, ptr %3, align 8
  %61 = load i32, ptr %10, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds i8, ptr %60, i64 %62
  %64 = load i8, ptr %63, align 1
  %65 = zext i8 %64 to i64
  %66 = getelementptr inbounds nuw [64 x i32], ptr %6, i64 0, i64 %65
  %67 = load i32, ptr %66, align 4
  %68 = add i32 %67, 1
  store i32 %68, ptr %66, align 4
  %69 = load ptr, ptr %4, align 8
  %70 = load i32, ptr %10, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds i32, ptr %69, i64 %71
  store i32 %67, ptr %72, align 4
  br label %73

73:                                               ; preds = %59, %52
  br label %74

74:                                               ; preds = %73
  %75 = load i32, ptr %10, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %10, align 4
  br label %49, !llvm.loop !28

77:                                               ; preds = %49
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @huff_encode(ptr noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  store ptr %0, ptr %6, align 8
  store i64 %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store ptr %4, ptr %10, align 8
  store i64 0, ptr %11, align 8
  store i32 0, ptr %12, align 4
  store i64 0, ptr %13, align 8
  store i64 0, ptr %14, align 8
  br label %15

15:                                               ; preds = %69, %5
  %16 = load i64, ptr %14, align 8
  %17 = load i64, ptr %7, align 8
  %18 = icmp ult i64 %16, %17
  br i1 %18, label %19, label %72

19:                                               ; preds = %15
  %20 = load i64, ptr %11, align 8
  %21 = load ptr, ptr %8, align 8
  %22 = load ptr, ptr %6, align 8
  %23 = load i64, ptr %14, align 8
  %24 = getelementptr inbounds nuw i8, ptr %22, i64 %23
  %25 = load i8, ptr %24, align 1
  %26 = zext i8 %25 to i64
  %27 = getelementptr inbounds nuw i8, ptr %21, i64 %26
  %28 = load i8, ptr %27, align 1
  %29 = zext i8 %28 to i32
  %30 = zext i32 %29 to i64
  %31 = shl i64 %20, %30
  %32 = load ptr, ptr %9, align 8
  %33 = load ptr, ptr %6, align 8
  %34 = load i64, ptr %14, align 8
  %35 = getelementptr inbounds nuw i8, ptr %33, i64 %34
  %36 = load i8, ptr %35, align 1
  %37 = zext i8 %36 to i64
  %38 = getelementptr inbounds nuw i32, ptr %32, i64 %37
  %39 = load i32, ptr %38, align 4
  %40 = zext i32 %39 to i64
  %41 = or i64 %31, %40
  store i64 %41, ptr %11, align 8
  %42 = load ptr, ptr %8, align 8
  %43 = load ptr, ptr %6, align 8
  %44 = load i64, ptr %14, align 8
  %45 = getelementptr inbounds nuw i8, ptr %43, i64 %44
  %46 = load i8, ptr %45, align 1
  %47 = zext i8 %46 to i64
  %48 = getelementptr inbounds nuw i8, ptr %42, i64 %47
  %49 = load i8, ptr %48, align 1
  %50 = zext i8 %49 to i32
  %51 = load i32, ptr %12, align 4
  %52 = add nsw i32 %51, %50
  store i32 %52, ptr %12, align 4
  br label %53

53:                                               ; preds = %56, %19
  %54 = load i32, ptr %12, align 4
  %55 = icmp sge i32 %54, 8
  br i1 %55, label %56, label %68

56:                                               ; preds = %53
  %57 = load i32, ptr %12, align 4
  %58 = sub nsw i32 %57, 8
  store i32 %58, ptr %12, align 4
  %59 = load i64, ptr %11, align 8
  %60 = load i32, ptr %12, align 4
  %61 = zext i32 %60 to i64
  %62 = lshr i64 %59, %61
  %63 = trunc i64 %62 to i8
  %64 = load ptr, ptr %10, align 8
  %65 = load i64, ptr %13, align 8
  %66 = add i64 %65, 1
  store i64 %66, ptr %13, align 8
  %67 = getelementptr inbounds nuw i8, ptr %64, i64 %65
  store i8 %63, ptr %67, align 1
  br label %53, !llvm.loop !29

68:                                               ; preds = %53
  br label %69

69:                                               ; preds = %68
  %70 = load i64, ptr %14, align 8
  %71 = add i64 %70, 1
  store i64 %71, ptr %14, align 8
  br label %15, !llvm.loop !30

72:                                               ; preds = %15
  %73 = load i32, ptr %12, align 4
  %74 = icmp sgt i32 %73, 0
  br i1 %74, label %75, label %86

75:                                               ; preds = %72
  %76 = load i64, ptr %11, align 8
  %77 = load i32, ptr %12, align 4
  %78 = sub nsw i32 8, %77
  %79 = zext i32 %78 to i64
  %80 = shl i64 %76, %79
  %81 = trunc i64 %80 to i8
  %82 = load ptr, ptr %10, align 8
  %83 = load i64, ptr %13, align 8
  %84 = add i64 %83, 1
  store i64 %84, ptr %13, align 8
  %85 = getelementptr inbounds nuw i8, ptr %82, i64 %83
  store i8 %81, ptr %85, align 1
  br label %86

86:                                               ; preds = %75, %72
  %87 = load i64, ptr %13, align 8
  ret i64 %87
}

; Function Attrs: noinline nounwind uwtable
define internal void @huff_decode(ptr noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca [64 x i32], align 16
  %12 = alloca [64 x i32], align 16
  %13 = alloca [64 x i32], align 16
  %14 = alloca [256 x i8], align 16
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i64, align 8
  %20 = alloca i64, align 8
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store i64 %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store ptr %4, ptr %10, align 8
  store i32 0, ptr %15, align 4
  store i32 0, ptr %16, align 4
  br label %23

23:                                               ; preds = %36, %5
  %24 = load i32, ptr %16, align 4
  %25 = icmp slt i32 %24, 64
  br i1 %25, label %26, label %39

26:                                               ; preds = %23
  %27 = load i32, ptr %16, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [64 x i32], ptr %12, i64 0, i64 %28
  store i32 0, ptr %29, align 4
  %30 = load i32, ptr %16, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [64 x i32], ptr %11, i64 0, i64 %31
  store i32 0, ptr %32, align 4
  %33 = load i32, ptr %16, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [64 x i32], ptr %13, i64 0, i64 %34
  store i32 0, ptr %35, align 4
  br label %36

36:                                               ; preds = %26
  %37 = load i32, ptr %16, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %16, align 4
  br label %23, !llvm.loop !31

39:                                               ; preds = %23
  store i32 1, ptr %17, align 4
  br label %40

40:                                               ; preds = %92, %39
  %41 = load i32, ptr %17, align 4
  %42 = icmp slt i32 %41, 64
  br i1 %42, label %43, label %95

43:                                               ; preds = %40
  %44 = load i32, ptr %15, align 4
  %45 = load i32, ptr %17, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [64 x i32], ptr %13, i64 0, i64 %46
  store i32 %44, ptr %47, align 4
  store i32 0, ptr %18, align 4
  br label %48

48:                                               ; preds = %88, %43
  %49 = load i32, ptr %18, align 4
  %50 = icmp slt i32 %49, 256
  br i1 %50, label %51, label %91

51:                                               ; preds = %48
  %52 = load ptr, ptr %8, align 8
  %53 = load i32, ptr %18, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i8, ptr %52, i64 %54
  %56 = load i8, ptr %55, align 1
  %57 = zext i8 %56 to i32
  %58 = load i32, ptr %17, align 4
  %59 = icmp eq i32 %57, %58
  br i1 %59, label %60, label %87

60:                                               ; preds = %51
  %61 = load i32, ptr %17, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [64 x i32], ptr %12, i64 0, i64 %62
  %64 = load i32, ptr %63, align 4
  %65 = icmp eq i32 %64, 0
  br i1 %65, label %66, label %75

66:                                               ; preds = %60
  %67 = load ptr, ptr %9, align 8
  %68 = load i32, ptr %18, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds i32, ptr %67, i64 %69
  %71 = load i32, ptr %70, align 4
  %72 = load i32, ptr %17, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [64 x i32], ptr %11, i64 0, i64 %73
  store i32 %71, ptr %74, align 4
  br label %75

75:                                               ; preds = %66, %60
  %76 = load i32, ptr %17, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [64 x i32], ptr %12, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4
  %80 = add i32 %79, 1
  store i32 %80, ptr %78, align 4
  %81 = load i32, ptr %18, align 4
  %82 = trunc i32 %81 to i8
  %83 = load i32, ptr %15, align 4
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %15, align 4
  %85 = sext i32 %83 to i64
  %86 = getelementptr inbounds [256 x i8], ptr %14, i64 0, i64 %85
  store i8 %82, ptr %86, align 1
  br label %87

87:                                               ; preds = %75, %51
  br label %88

88:                                               ; preds = %87
  %89 = load i32, ptr %18, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %18, align 4
  br label %48, !llvm.loop !32

91:                                               ; preds = %48
  br label %92

92:                                               ; preds = %91
  %93 = load i32, ptr %17, align 4
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %17, align 4
  br label %40, !llvm.loop !33

95:                                               ; preds = %40
  store i64 0, ptr %19, align 8
  store i64 0, ptr %20, align 8
  br label %96

96:                                               ; preds = %169, %95
  %97 = load i64, ptr %20, align 8
  %98 = load i64, ptr %7, align 8
  %99 = icmp ult i64 %97, %98
  br i1 %99, label %100, label %172

100:                                              ; preds = %96
  store i32 0, ptr %21, align 4
  store i32 1, ptr %22, align 4
  br label %101

101:                                              ; preds = %165, %100
  %102 = load i32, ptr %22, align 4
  %103 = icmp slt i32 %102, 64
  br i1 %103, label %104, label %168

104:                                              ; preds = %101
  %105 = load i32, ptr %21, align 4
  %106 = shl i32 %105, 1
  %107 = load ptr, ptr %6, align 8
  %108 = load i64, ptr %19, align 8
  %109 = lshr i64 %108, 3
  %110 = getelementptr inbounds nuw i8, ptr %107, i64 %109
  %111 = load i8, ptr %110, align 1
  %112 = zext i8 %111 to i32
  %113 = load i64, ptr %19, align 8
  %114 = and i64 %113, 7
  %115 = sub i64 7, %114
  %116 = trunc i64 %115 to i32
  %117 = ashr i32 %112, %116
  %118 = and i32 %117, 1
  %119 = or i32 %106, %118
  store i32 %119, ptr %21, align 4
  %120 = load i64, ptr %19, align 8
  %121 = add i64 %120, 1
  store i64 %121, ptr %19, align 8
  %122 = load i32, ptr %22, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [64 x i32], ptr %12, i64 0, i64 %123
  %125 = load i32, ptr %124, align 4
  %126 = icmp ne i32 %125, 0
  br i1 %126, label %127, label %164

127:                                              ; preds = %104
  %128 = load i32, ptr %21, align 4
  %129 = load i32, ptr %22, align 4
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [64 x i32], ptr %11, i64 0, i64 %130
  %132 = load i32, ptr %131, align 4
  %133 = icmp uge i32 %128, %132
  br i1 %133, label %134, label %164

134:                                              ; preds = %127
  %135 = load i32, ptr %21, align 4
  %136 = load i32, ptr %22, align 4
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds [64 x i32], ptr %11, i64 0, i64 %137
  %139 = load i32, ptr %138, align 4
  %140 = sub i32 %135, %139
  %141 = load i32, ptr %22, align 4
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds [64 x i32], ptr %12, i64 0, i64 %142
  %144 = load i32, ptr %143, align 4
  %145 = icmp ult i32 %140, %144
  br i1 %145, label %146, label %164

146:                                              ; preds = %134
  %147 = load i32, ptr %22, align 4
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds [64 x i32], ptr %13, i64 0, i64 %148
  %150 = load i32, ptr %149, align 4
  %151 = load i32, ptr %21, align 4
  %152 = load i32, ptr %22, align 4
  %153 = sext i32 %152 to i64
  %154 = getelementptr inbounds [64 x i32], ptr %11, i64 0, i64 %153
  %155 = load i32, ptr %154, align 4
  %156 = sub i32 %151, %155
  %157 = add i32 %150, %156
  %158 = zext i32 %157 to i64
  %159 = getelementptr inbounds nuw [256 x i8], ptr %14, i64 0, i64 %158
  %160 = load i8, ptr %159, align 1
  %161 = load ptr, ptr %10, align 8
  %162 = load i64, ptr %20, align 8
  %163 = getelementptr inbounds nuw i8, ptr %161, i64 %162
  store i8 %160, ptr %163, align 1
  br label %168

164:                                              ; preds = %134, %127, %104
  br label %165

165:                                              ; preds = %164
  %166 = load i32, ptr %22, align 4
  %167 = add nsw i32 %166, 1
  store i32 %167, ptr %22, align 4
  br label %101, !llvm.loop !34

168:                                              ; preds = %146, %101
  br label %169

169:                                              ; preds = %168
  %170 = load i64, ptr %20, align 8
  %171 = add i64 %170, 1
  store i64 %171, ptr %20, align 8
  br label %96, !llvm.loop !35

172:                                              ; preds = %96
  ret void
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: noinline nounwind uwtable
define internal i64 @lz_decompress(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i64 0, ptr %7, align 8
  store i64 0, ptr %8, align 8
  br label %14

14:                                               ; preds = %96, %3
  %15 = load i64, ptr %7, align 8
  %16 = load i64, ptr %5, align 8
  %17 = icmp ult i64 %15, %16
  br i1 %17, label %18, label %97

18:                                               ; preds = %14
  %19 = load ptr, ptr %4, align 8
  %20 = load i64, ptr %7, align 8
  %21 = getelementptr inbounds nuw i8, ptr %19, i64 %20
  %22 = load i8, ptr %21, align 1
  %23 = zext i8 %22 to i32
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %52

25:                                               ; preds = %18
  %26 = load ptr, ptr %4, align 8
  %27 = load i64, ptr %7, align 8
  %28 = add i64 %27, 1
  %29 = getelementptr inbounds nuw i8, ptr %26, i64 %28
  %30 = load i8, ptr %29, align 1
  %31 = zext i8 %30 to i64
  store i64 %31, ptr %9, align 8
  %32 = load i64, ptr %7, align 8
  %33 = add i64 %32, 2
  store i64 %33, ptr %7, align 8
  store i64 0, ptr %10, align 8
  br label %34

34:                                               ; preds = %48, %25
  %35 = load i64, ptr %10, align 8
  %36 = load i64, ptr %9, align 8
  %37 = icmp ult i64 %35, %36
  br i1 %37, label %38, label %51

38:                                               ; preds = %34
  %39 = load ptr, ptr %4, align 8
  %40 = load i64, ptr %7, align 8
  %41 = add i64 %40, 1
  store i64 %41, ptr %7, align 8
  %42 = getelementptr inbounds nuw i8, ptr %39, i64 %40
  %43 = load i8, ptr %42, align 1
  %44 = load ptr, ptr %6, align 8
  %45 = load i64, ptr %8, align 8
  %46 = add i64 %45, 1
  store i64 %46, ptr %8, align 8
  %47 = getelementptr inbounds nuw i8, ptr %44, i64 %45
  store i8 %43, ptr %47, align 1
  br label %48

48:                                               ; preds = %38
  %49 = load i64, ptr %10, align 8
  %50 = add i64 %49, 1
  store i64 %50, ptr %10, align 8
  br label %34, !llvm.loop !36

51:                                               ; preds = %34
  br label %96

52:                                               ; preds = %18
  %53 = load ptr, ptr %4, align 8
  %54 = load i64, ptr %7, align 8
  %55 = add i64 %54, 1
  %56 = getelementptr inbounds nuw i8, ptr %53, i64 %55
  %57 = load i8, ptr %56, align 1
  %58 = zext i8 %57 to i64
  %59 = add i64 %58, 4
  store i64 %59, ptr %11, align 8
  %60 = load ptr, ptr %4, align 8
  %61 = load i64, ptr %7, align 8
  %62 = add i64 %61, 2
  %63 = getelementptr inbounds nuw i8, ptr %60, i64 %62
  %64 = load i8, ptr %63, align 1
  %65 = zext i8 %64 to i64
  %66 = load ptr, ptr %4, align 8
  %67 = load i64, ptr %7, align 8
  %68 = add i64 %67, 3
  %69 = getelementptr inbounds nuw i8, ptr %66, i64 %68
  %70 = load i8, ptr %69, align 1
  %71 = zext i8 %70 to i64
  %72 = shl i64 %71, 8
  %73 = or i64 %65, %72
  store i64 %73, ptr %12, align 8
  %74 = load i64, ptr %7, align 8
  %75 = add i64 %74, 4
  store i64 %75, ptr %7, align 8
  store i64 0, ptr %13, align 8
  br label %76

76:                                               ; preds = %92, %52
  %77 = load i64, ptr %13, align 8
  %78 = load i64, ptr %11, align 8
  %79 = icmp ult i64 %77, %78
  br i1 %79, label %80, label %95

80:                                               ; preds = %76
  %81 = load ptr, ptr %6, align 8
  %82 = load i64, ptr %8, align 8
  %83 = load i64, ptr %12, align 8
  %84 = sub i64 %82, %83
  %85 = getelementptr inbounds nuw i8, ptr %81, i64 %84
  %86 = load i8, ptr %85, align 1
  %87 = load ptr, ptr %6, align 8
  %88 = load i64, ptr %8, align 8
  %89 = getelementptr inbounds nuw i8, ptr %87, i64 %88
  store i8 %86, ptr %89, align 1
  %90 = load i64, ptr %8, align 8
  %91 = add i64 %90, 1
  store i64 %91, ptr %8, align 8
  br label %92

92:                                               ; preds = %80
  %93 = load i64, ptr %13, align 8
  %94 = add i64 %93, 1
  store i64 %94, ptr %13, align 8
  br label %76, !llvm.loop !37

95:                                               ; preds = %76
  br label %96

96:                                               ; preds = %95, %51
  br label %14, !llvm.loop !38

97:                                               ; preds = %14
  %98 = load i64, ptr %8, align 8
  ret i64 %98
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind willreturn memory(read) }
attributes #9 = { nounwind }

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
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
!22 = distinct !{!22, !7}
!23 = distinct !{!23, !7}
!24 = distinct !{!24, !7}
!25 = distinct !{!25, !7}
!26 = distinct !{!26, !7}
!27 = distinct !{!27, !7}
!28 = distinct !{!28, !7}
!29 = distinct !{!29, !7}
!30 = distinct !{!30, !7}
!31 = distinct !{!31, !7}
!32 = distinct !{!32, !7}
!33 = distinct !{!33, !7}
!34 = distinct !{!34, !7}
!35 = distinct !{!35, !7}
!36 = distinct !{!36, !7}
!37 = distinct !{!37, !7}
!38 = distinct !{!38, !7}
