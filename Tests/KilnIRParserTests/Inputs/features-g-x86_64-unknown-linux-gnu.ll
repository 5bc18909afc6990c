; ModuleID = 'features.c'
source_filename = "features.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%union.U = type { i32, [4 x i8] }
%struct.Pk = type <{ i8, i32 }>
%struct.P = type { float, float }
%struct.S = type { i32, [3 x i8], i64 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@arr = dso_local global [10 x i32] [i32 1, i32 2, i32 3, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 16, !dbg !0
@grid = dso_local global [2 x [3 x i32]] [[3 x i32] [i32 1, i32 2, i32 3], [3 x i32] [i32 4, i32 5, i32 6]], align 16, !dbg !13
@.str = private unnamed_addr constant [11 x i8] c"hello\0A\22q\22\\\00", align 1, !dbg !19
@msg = dso_local global ptr @.str, align 8, !dbg !25
@bf = dso_local global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 0, i8 -128, i8 1, i8 0, i8 0, i8 0, i8 0 }, align 8, !dbg !29
@gu = dso_local global %union.U { i32 7, [4 x i8] zeroinitializer }, align 4, !dbg !38
@pk = dso_local global %struct.Pk <{ i8 120, i32 42 }>, align 1, !dbg !48
@ld = dso_local global x86_fp80 0xK3FFFC000000000000000, align 16, !dbg !54
@dd = dso_local global double -2.500000e-03, align 8, !dbg !57
@ff = dso_local global float 0x3FB99999A0000000, align 4, !dbg !59
@pp = dso_local global ptr getelementptr (i8, ptr @arr, i64 12), align 8, !dbg !61
@addr = dso_local global i64 ptrtoint (ptr getelementptr (i8, ptr @arr, i64 4) to i64), align 8, !dbg !64
@fptr = dso_local global ptr null, align 8, !dbg !66
@counter = internal global i32 0, align 4, !dbg !73
@ext = external global i32, align 4
@tl = dso_local thread_local global i32 0, align 4, !dbg !71

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <2 x float> @mkp(float noundef %0) #0 !dbg !86 {
  %2 = alloca %struct.P, align 4
  %3 = alloca float, align 4
  store float %0, ptr %3, align 4
    #dbg_declare(ptr %3, !94, !DIExpression(), !95)
    #dbg_declare(ptr %2, !96, !DIExpression(), !97)
  %4 = getelementptr inbounds nuw %struct.P, ptr %2, i32 0, i32 0, !dbg !98
  %5 = load float, ptr %3, align 4, !dbg !99
  store float %5, ptr %4, align 4, !dbg !98
  %6 = getelementptr inbounds nuw %struct.P, ptr %2, i32 0, i32 1, !dbg !98
  %7 = load float, ptr %3, align 4, !dbg !100
  %8 = fmul float %7, 2.000000e+00, !dbg !101
  store float %8, ptr %6, align 4, !dbg !98
  %9 = load <2 x float>, ptr %2, align 4, !dbg !102
  ret <2 x float> %9, !dbg !102
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i64, i64 } @mks(i32 noundef %0) #1 !dbg !103 {
  %2 = alloca %struct.S, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !113, !DIExpression(), !114)
    #dbg_declare(ptr %2, !115, !DIExpression(), !116)
  %4 = getelementptr inbounds nuw %struct.S, ptr %2, i32 0, i32 0, !dbg !117
  %5 = load i32, ptr %3, align 4, !dbg !118
  store i32 %5, ptr %4, align 8, !dbg !117
  %6 = getelementptr inbounds nuw %struct.S, ptr %2, i32 0, i32 1, !dbg !117
  call void @llvm.memset.p0.i64(ptr align 4 %6, i8 0, i64 3, i1 false), !dbg !117
  %7 = getelementptr i8, ptr %2, i64 7, !dbg !117
  call void @llvm.memset.p0.i64(ptr align 1 %7, i8 0, i64 1, i1 false), !dbg !117
  %8 = getelementptr inbounds nuw %struct.S, ptr %2, i32 0, i32 2, !dbg !117
  store i64 0, ptr %8, align 8, !dbg !117
  %9 = load { i64, i64 }, ptr %2, align 8, !dbg !119
  ret { i64, i64 } %9, !dbg !119
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local signext i16 @sh(i16 noundef signext %0, i8 noundef zeroext %1) #1 !dbg !120 {
  %3 = alloca i16, align 2
  %4 = alloca i8, align 1
  store i16 %0, ptr %3, align 2
    #dbg_declare(ptr %3, !125, !DIExpression(), !126)
  store i8 %1, ptr %4, align 1
    #dbg_declare(ptr %4, !127, !DIExpression(), !128)
  %5 = load i16, ptr %3, align 2, !dbg !129
  %6 = sext i16 %5 to i32, !dbg !129
  %7 = load i8, ptr %4, align 1, !dbg !130
  %8 = zext i8 %7 to i32, !dbg !130
  %9 = add nsw i32 %6, %8, !dbg !131
  %10 = trunc i32 %9 to i16, !dbg !129
  ret i16 %10, !dbg !132
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @ops(i64 noundef %0, i64 noundef %1, i32 noundef %2, i32 noundef %3) #1 !dbg !133 {
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca float, align 4
  store i64 %0, ptr %5, align 8
    #dbg_declare(ptr %5, !136, !DIExpression(), !137)
  store i64 %1, ptr %6, align 8
    #dbg_declare(ptr %6, !138, !DIExpression(), !139)
  store i32 %2, ptr %7, align 4
    #dbg_declare(ptr %7, !140, !DIExpression(), !141)
  store i32 %3, ptr %8, align 4
    #dbg_declare(ptr %8, !142, !DIExpression(), !143)
  %11 = load i64, ptr %5, align 8, !dbg !144
  %12 = load i32, ptr %7, align 4, !dbg !145
  %13 = or i32 %12, 1, !dbg !146
  %14 = zext i32 %13 to i64, !dbg !147
  %15 = udiv i64 %11, %14, !dbg !148
  %16 = load i64, ptr %5, align 8, !dbg !149
  %17 = urem i64 %16, 7, !dbg !150
  %18 = add i64 %15, %17, !dbg !151
  %19 = load i64, ptr %5, align 8, !dbg !152
  %20 = shl i64 %19, 3, !dbg !153
  %21 = sub i64 %18, %20, !dbg !154
  %22 = load i64, ptr %5, align 8, !dbg !155
  %23 = lshr i64 %22, 2, !dbg !156
  %24 = add i64 %21, %23, !dbg !157
  %25 = load i64, ptr %6, align 8, !dbg !158
  %26 = ashr i64 %25, 1, !dbg !159
  %27 = add i64 %24, %26, !dbg !160
  %28 = load i64, ptr %6, align 8, !dbg !161
  %29 = sdiv i64 %28, 3, !dbg !162
  %30 = add i64 %27, %29, !dbg !163
  %31 = load i32, ptr %7, align 4, !dbg !164
  %32 = load i32, ptr %8, align 4, !dbg !165
  %33 = xor i32 %31, %32, !dbg !166
  %34 = load i32, ptr %8, align 4, !dbg !167
  %35 = and i32 %34, 5, !dbg !168
  %36 = mul i32 %33, %35, !dbg !169
  %37 = zext i32 %36 to i64, !dbg !170
  %38 = add i64 %30, %37, !dbg !171
  store i64 %38, ptr %5, align 8, !dbg !172
    #dbg_declare(ptr %9, !173, !DIExpression(), !174)
  %39 = load i64, ptr %5, align 8, !dbg !175
  %40 = uitofp i64 %39 to double, !dbg !176
  %41 = load i64, ptr %6, align 8, !dbg !177
  %42 = sitofp i64 %41 to double, !dbg !178
  %43 = fdiv double %42, 3.000000e+00, !dbg !179
  %44 = fneg double %43, !dbg !180
  %45 = call double @llvm.fmuladd.f64(double %40, double 1.500000e+00, double %44), !dbg !180
  store double %45, ptr %9, align 8, !dbg !174
    #dbg_declare(ptr %10, !181, !DIExpression(), !182)
  %46 = load double, ptr %9, align 8, !dbg !183
  %47 = fptrunc double %46 to float, !dbg !184
  %48 = fadd float %47, 2.000000e+00, !dbg !185
  store float %48, ptr %10, align 4, !dbg !182
  %49 = load float, ptr %10, align 4, !dbg !186
  %50 = fptoui float %49 to i64, !dbg !187
  %51 = load double, ptr %9, align 8, !dbg !188
  %52 = fneg double %51, !dbg !189
  %53 = fcmp ogt double %52, 0.000000e+00, !dbg !190
  %54 = zext i1 %53 to i64, !dbg !189
  %55 = select i1 %53, i32 1, i32 0, !dbg !189
  %56 = sext i32 %55 to i64, !dbg !191
  %57 = add i64 %50, %56, !dbg !192
  %58 = load i64, ptr %5, align 8, !dbg !193
  %59 = add i64 %58, %57, !dbg !193
  store i64 %59, ptr %5, align 8, !dbg !193
  %60 = load i64, ptr %5, align 8, !dbg !194
  %61 = load i32, ptr %8, align 4, !dbg !195
  %62 = icmp slt i32 %61, 0, !dbg !196
  %63 = zext i1 %62 to i32, !dbg !196
  %64 = sext i32 %63 to i64, !dbg !197
  %65 = add i64 %60, %64, !dbg !198
  %66 = load i32, ptr %7, align 4, !dbg !199
  %67 = icmp ugt i32 %66, 3, !dbg !200
  %68 = zext i1 %67 to i32, !dbg !200
  %69 = sext i32 %68 to i64, !dbg !201
  %70 = add i64 %65, %69, !dbg !202
  %71 = load i64, ptr %6, align 8, !dbg !203
  %72 = icmp sle i64 %71, 0, !dbg !204
  %73 = zext i1 %72 to i32, !dbg !204
  %74 = sext i32 %73 to i64, !dbg !205
  %75 = add i64 %70, %74, !dbg !206
  %76 = load double, ptr %9, align 8, !dbg !207
  %77 = fcmp une double %76, 1.000000e+00, !dbg !208
  %78 = zext i1 %77 to i32, !dbg !208
  %79 = sext i32 %78 to i64, !dbg !209
  %80 = add i64 %75, %79, !dbg !210
  %81 = load float, ptr %10, align 4, !dbg !211
  %82 = fcmp oge float %81, 2.000000e+00, !dbg !212
  %83 = zext i1 %82 to i32, !dbg !212
  %84 = sext i32 %83 to i64, !dbg !213
  %85 = add i64 %80, %84, !dbg !214
  ret i64 %85, !dbg !215
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !216 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca %struct.P, align 4
  %9 = alloca %struct.S, align 8
  %10 = alloca i32, align 4
  %11 = alloca x86_fp80, align 16
  %12 = alloca i128, align 16
  %13 = alloca i128, align 16
  %14 = alloca ptr, align 8
  %15 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !221, !DIExpression(), !222)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !223, !DIExpression(), !224)
  %16 = load i32, ptr %4, align 4, !dbg !225
  %17 = zext i32 %16 to i64, !dbg !226
  %18 = call ptr @llvm.stacksave.p0(), !dbg !226
  store ptr %18, ptr %6, align 8, !dbg !226
  %19 = alloca i32, i64 %17, align 16, !dbg !226
  store i64 %17, ptr %7, align 8, !dbg !226
    #dbg_declare(ptr %7, !227, !DIExpression(), !229)
    #dbg_declare(ptr %19, !230, !DIExpression(), !234)
  %20 = getelementptr inbounds i32, ptr %19, i64 0, !dbg !235
  store i32 1, ptr %20, align 16, !dbg !236
    #dbg_declare(ptr %8, !237, !DIExpression(), !238)
  %21 = call <2 x float> @mkp(float noundef 1.000000e+00), !dbg !239
  store <2 x float> %21, ptr %8, align 4, !dbg !239
    #dbg_declare(ptr %9, !240, !DIExpression(), !241)
  %22 = load i32, ptr %4, align 4, !dbg !242
  %23 = call { i64, i64 } @mks(i32 noundef %22), !dbg !243
  %24 = getelementptr inbounds nuw { i64, i64 }, ptr %9, i32 0, i32 0, !dbg !243
  %25 = extractvalue { i64, i64 } %23, 0, !dbg !243
  store i64 %25, ptr %24, align 8, !dbg !243
  %26 = getelementptr inbounds nuw { i64, i64 }, ptr %9, i32 0, i32 1, !dbg !243
  %27 = extractvalue { i64, i64 } %23, 1, !dbg !243
  store i64 %27, ptr %26, align 8, !dbg !243
  %28 = load i64, ptr @bf, align 8, !dbg !244
  %29 = and i64 %28, -9223372036846387201, !dbg !244
  %30 = or i64 %29, 41943040, !dbg !244
  store i64 %30, ptr @bf, align 8, !dbg !244
  %31 = load i64, ptr @bf, align 8, !dbg !245
  %32 = and i64 %31, -8388601, !dbg !245
  %33 = or i64 %32, 24, !dbg !245
  store i64 %33, ptr @bf, align 8, !dbg !245
  %34 = load i32, ptr %4, align 4, !dbg !246
  switch i32 %34, label %41 [
    i32 1, label %35
    i32 5, label %38
    i32 100, label %42
  ], !dbg !247

35:                                               ; preds = %2
  %36 = load i32, ptr %4, align 4, !dbg !248
  %37 = add nsw i32 %36, 1, !dbg !248
  store i32 %37, ptr %4, align 4, !dbg !248
  br label %43, !dbg !250

38:                                               ; preds = %2
  %39 = load i32, ptr %4, align 4, !dbg !251
  %40 = add nsw i32 %39, -1, !dbg !251
  store i32 %40, ptr %4, align 4, !dbg !251
  br label %41, !dbg !252

41:                                               ; preds = %2, %38
  br label %43, !dbg !253

42:                                               ; preds = %2
  store i32 3, ptr %3, align 4, !dbg !254
  store i32 1, ptr %10, align 4
  br label %119, !dbg !254

43:                                               ; preds = %41, %35
    #dbg_declare(ptr %11, !255, !DIExpression(), !256)
  %44 = load x86_fp80, ptr @ld, align 16, !dbg !257
  %45 = fmul x86_fp80 %44, 0xK40008000000000000000, !dbg !258
  store x86_fp80 %45, ptr %11, align 16, !dbg !256
    #dbg_declare(ptr %12, !259, !DIExpression(), !260)
  %46 = load i32, ptr %4, align 4, !dbg !261
  %47 = sext i32 %46 to i128, !dbg !262
  %48 = shl i128 %47, 70, !dbg !263
  store i128 %48, ptr %12, align 16, !dbg !260
    #dbg_declare(ptr %13, !264, !DIExpression(), !265)
  store i128 113427455640312821154458202477256070485, ptr %13, align 16, !dbg !265
    #dbg_declare(ptr %14, !266, !DIExpression(), !267)
  store ptr @sum, ptr %14, align 8, !dbg !267
  %49 = load ptr, ptr %14, align 8, !dbg !268
  %50 = call i32 (i32, ...) %49(i32 noundef 2, i32 noundef 1, i32 noundef 2), !dbg !268
  %51 = load i32, ptr @counter, align 4, !dbg !269
  %52 = add nsw i32 %51, %50, !dbg !269
  store i32 %52, ptr @counter, align 4, !dbg !269
  br label %53, !dbg !270

53:                                               ; preds = %67, %43
  %54 = load i32, ptr %4, align 4, !dbg !271
  %55 = icmp sgt i32 %54, 100, !dbg !272
  br i1 %55, label %56, label %59, !dbg !273

56:                                               ; preds = %53
  %57 = load i32, ptr @counter, align 4, !dbg !274
  %58 = icmp ne i32 %57, 0, !dbg !273
  br label %59

59:                                               ; preds = %56, %53
  %60 = phi i1 [ false, %53 ], [ %58, %56 ], !dbg !229
  br i1 %60, label %61, label %68, !dbg !270

61:                                               ; preds = %59
  %62 = load i32, ptr @counter, align 4, !dbg !275
  %63 = add nsw i32 %62, -1, !dbg !275
  store i32 %63, ptr @counter, align 4, !dbg !275
  %64 = load i32, ptr @counter, align 4, !dbg !277
  %65 = icmp eq i32 %64, 3, !dbg !279
  br i1 %65, label %66, label %67, !dbg !279

66:                                               ; preds = %61
  br label %68, !dbg !280

67:                                               ; preds = %61
  br label %53, !dbg !270, !llvm.loop !281

68:                                               ; preds = %66, %59
    #dbg_declare(ptr %15, !284, !DIExpression(), !285)
  %69 = load i32, ptr %4, align 4, !dbg !286
  %70 = icmp sgt i32 %69, 2, !dbg !287
  br i1 %70, label %71, label %73, !dbg !286

71:                                               ; preds = %68
  %72 = load i32, ptr %4, align 4, !dbg !288
  br label %76, !dbg !286

73:                                               ; preds = %68
  %74 = load i32, ptr %4, align 4, !dbg !289
  %75 = sub nsw i32 0, %74, !dbg !290
  br label %76, !dbg !286

76:                                               ; preds = %73, %71
  %77 = phi i32 [ %72, %71 ], [ %75, %73 ], !dbg !286
  store i32 %77, ptr %15, align 4, !dbg !285
  %78 = call i32 (i32, ...) @sum(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3), !dbg !291
  %79 = getelementptr inbounds nuw %struct.P, ptr %8, i32 0, i32 0, !dbg !292
  %80 = load float, ptr %79, align 4, !dbg !292
  %81 = fptosi float %80 to i32, !dbg !293
  %82 = add nsw i32 %78, %81, !dbg !294
  %83 = getelementptr inbounds nuw %struct.S, ptr %9, i32 0, i32 0, !dbg !295
  %84 = load i32, ptr %83, align 8, !dbg !295
  %85 = add nsw i32 %82, %84, !dbg !296
  %86 = call signext i16 @sh(i16 noundef signext 1, i8 noundef zeroext 2), !dbg !297
  %87 = sext i16 %86 to i32, !dbg !297
  %88 = add nsw i32 %85, %87, !dbg !298
  %89 = load i32, ptr %15, align 4, !dbg !299
  %90 = add nsw i32 %88, %89, !dbg !300
  %91 = load x86_fp80, ptr %11, align 16, !dbg !301
  %92 = fptosi x86_fp80 %91 to i32, !dbg !302
  %93 = add nsw i32 %90, %92, !dbg !303
  %94 = load i128, ptr %12, align 16, !dbg !304
  %95 = ashr i128 %94, 70, !dbg !305
  %96 = trunc i128 %95 to i32, !dbg !306
  %97 = add nsw i32 %93, %96, !dbg !307
  %98 = load i128, ptr %13, align 16, !dbg !308
  %99 = and i128 %98, 1, !dbg !309
  %100 = trunc i128 %99 to i32, !dbg !310
  %101 = add nsw i32 %97, %100, !dbg !311
  %102 = load i32, ptr @ext, align 4, !dbg !312
  %103 = add nsw i32 %101, %102, !dbg !313
  %104 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tl), !dbg !314
  %105 = load i32, ptr %104, align 4, !dbg !314
  %106 = add nsw i32 %103, %105, !dbg !315
  %107 = load i32, ptr @gu, align 4, !dbg !316
  %108 = add nsw i32 %106, %107, !dbg !317
  %109 = load i32, ptr getelementptr inbounds nuw (%struct.Pk, ptr @pk, i32 0, i32 1), align 1, !dbg !318
  %110 = add nsw i32 %108, %109, !dbg !319
  %111 = call i64 @ops(i64 noundef 1, i64 noundef 2, i32 noundef 3, i32 noundef 4), !dbg !320
  %112 = trunc i64 %111 to i32, !dbg !321
  %113 = add nsw i32 %110, %112, !dbg !322
  %114 = load ptr, ptr @msg, align 8, !dbg !323
  %115 = getelementptr inbounds i8, ptr %114, i64 0, !dbg !323
  %116 = load i8, ptr %115, align 1, !dbg !323
  %117 = sext i8 %116 to i32, !dbg !323
  %118 = add nsw i32 %113, %117, !dbg !324
  store i32 %118, ptr %3, align 4, !dbg !325
  store i32 1, ptr %10, align 4
  br label %119, !dbg !325

119:                                              ; preds = %76, %42
  %120 = load ptr, ptr %6, align 8, !dbg !326
  call void @llvm.stackrestore.p0(ptr %120), !dbg !326
  %121 = load i32, ptr %3, align 4, !dbg !326
  ret i32 %121, !dbg !326
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #4

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sum(i32 noundef %0, ...) #1 !dbg !327 {
  %2 = alloca i32, align 4
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !328, !DIExpression(), !329)
    #dbg_declare(ptr %3, !330, !DIExpression(), !344)
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !345
  call void @llvm.va_start.p0(ptr %6), !dbg !345
    #dbg_declare(ptr %4, !346, !DIExpression(), !347)
  store i32 0, ptr %4, align 4, !dbg !347
    #dbg_declare(ptr %5, !348, !DIExpression(), !350)
  store i32 0, ptr %5, align 4, !dbg !350
  br label %7, !dbg !351

7:                                                ; preds = %30, %1
  %8 = load i32, ptr %5, align 4, !dbg !352
  %9 = load i32, ptr %2, align 4, !dbg !354
  %10 = icmp slt i32 %8, %9, !dbg !355
  br i1 %10, label %11, label %33, !dbg !356

11:                                               ; preds = %7
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !357
  %13 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %12, i32 0, i32 0, !dbg !357
  %14 = load i32, ptr %13, align 16, !dbg !357
  %15 = icmp ule i32 %14, 40, !dbg !357
  br i1 %15, label %16, label %21, !dbg !357

16:                                               ; preds = %11
  %17 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %12, i32 0, i32 3, !dbg !357
  %18 = load ptr, ptr %17, align 16, !dbg !357
  %19 = getelementptr i8, ptr %18, i32 %14, !dbg !357
  %20 = add i32 %14, 8, !dbg !357
  store i32 %20, ptr %13, align 16, !dbg !357
  br label %25, !dbg !357

21:                                               ; preds = %11
  %22 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %12, i32 0, i32 2, !dbg !357
  %23 = load ptr, ptr %22, align 8, !dbg !357
  %24 = getelementptr i8, ptr %23, i32 8, !dbg !357
  store ptr %24, ptr %22, align 8, !dbg !357
  br label %25, !dbg !357

25:                                               ; preds = %21, %16
  %26 = phi ptr [ %19, %16 ], [ %23, %21 ], !dbg !357
  %27 = load i32, ptr %26, align 4, !dbg !357
  %28 = load i32, ptr %4, align 4, !dbg !358
  %29 = add nsw i32 %28, %27, !dbg !358
  store i32 %29, ptr %4, align 4, !dbg !358
  br label %30, !dbg !359

30:                                               ; preds = %25
  %31 = load i32, ptr %5, align 4, !dbg !360
  %32 = add nsw i32 %31, 1, !dbg !360
  store i32 %32, ptr %5, align 4, !dbg !360
  br label %7, !dbg !361, !llvm.loop !362

33:                                               ; preds = %7
  %34 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !364
  call void @llvm.va_end.p0(ptr %34), !dbg !364
  %35 = load i32, ptr %4, align 4, !dbg !365
  ret i32 %35, !dbg !366
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!78, !79, !80, !81, !82, !83, !84}
!llvm.ident = !{!85}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "arr", scope: !2, file: !3, line: 10, type: !75, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !12, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "features.c", directory: "/work/main/Tests/KilnIRParserTests/Inputs", checksumkind: CSK_MD5, checksum: "bda42534a7843e6cef33b6cc201a9a7f")
!4 = !{!5, !6, !7, !8, !9, !10, !11}
!5 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!6 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!7 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!8 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!9 = !DIBasicType(name: "__int128", size: 128, encoding: DW_ATE_signed)
!10 = !DIBasicType(name: "unsigned __int128", size: 128, encoding: DW_ATE_unsigned)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !{!0, !13, !19, !25, !29, !38, !48, !54, !57, !59, !61, !64, !66, !71, !73}
!13 = !DIGlobalVariableExpression(var: !14, expr: !DIExpression())
!14 = distinct !DIGlobalVariable(name: "grid", scope: !2, file: !3, line: 11, type: !15, isLocal: false, isDefinition: true)
!15 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 192, elements: !16)
!16 = !{!17, !18}
!17 = !DISubrange(count: 2)
!18 = !DISubrange(count: 3)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !3, line: 12, type: !21, isLocal: true, isDefinition: true)
!21 = !DICompositeType(tag: DW_TAG_array_type, baseType: !22, size: 88, elements: !23)
!22 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!23 = !{!24}
!24 = !DISubrange(count: 11)
!25 = !DIGlobalVariableExpression(var: !26, expr: !DIExpression())
!26 = distinct !DIGlobalVariable(name: "msg", scope: !2, file: !3, line: 12, type: !27, isLocal: false, isDefinition: true)
!27 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !28, size: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !22)
!29 = !DIGlobalVariableExpression(var: !30, expr: !DIExpression())
!30 = distinct !DIGlobalVariable(name: "bf", scope: !2, file: !3, line: 13, type: !31, isLocal: false, isDefinition: true)
!31 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "B", file: !3, line: 6, size: 64, elements: !32)
!32 = !{!33, !35, !36}
!33 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !31, file: !3, line: 6, baseType: !34, size: 3, flags: DIFlagBitField, extraData: i64 0)
!34 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !31, file: !3, line: 6, baseType: !34, size: 20, offset: 3, flags: DIFlagBitField, extraData: i64 0)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !31, file: !3, line: 6, baseType: !37, size: 40, offset: 23, flags: DIFlagBitField, extraData: i64 0)
!37 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(name: "gu", scope: !2, file: !3, line: 14, type: !40, isLocal: false, isDefinition: true)
!40 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "U", file: !3, line: 7, size: 64, elements: !41)
!41 = !{!42, !43, !44}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !40, file: !3, line: 7, baseType: !11, size: 32)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !40, file: !3, line: 7, baseType: !8, size: 32)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !40, file: !3, line: 7, baseType: !45, size: 48)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !22, size: 48, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 6)
!48 = !DIGlobalVariableExpression(var: !49, expr: !DIExpression())
!49 = distinct !DIGlobalVariable(name: "pk", scope: !2, file: !3, line: 15, type: !50, isLocal: false, isDefinition: true)
!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Pk", file: !3, line: 8, size: 40, elements: !51)
!51 = !{!52, !53}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !50, file: !3, line: 8, baseType: !22, size: 8)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !50, file: !3, line: 8, baseType: !11, size: 32, offset: 8)
!54 = !DIGlobalVariableExpression(var: !55, expr: !DIExpression())
!55 = distinct !DIGlobalVariable(name: "ld", scope: !2, file: !3, line: 16, type: !56, isLocal: false, isDefinition: true)
!56 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!57 = !DIGlobalVariableExpression(var: !58, expr: !DIExpression())
!58 = distinct !DIGlobalVariable(name: "dd", scope: !2, file: !3, line: 17, type: !7, isLocal: false, isDefinition: true)
!59 = !DIGlobalVariableExpression(var: !60, expr: !DIExpression())
!60 = distinct !DIGlobalVariable(name: "ff", scope: !2, file: !3, line: 18, type: !8, isLocal: false, isDefinition: true)
!61 = !DIGlobalVariableExpression(var: !62, expr: !DIExpression())
!62 = distinct !DIGlobalVariable(name: "pp", scope: !2, file: !3, line: 19, type: !63, isLocal: false, isDefinition: true)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64)
!64 = !DIGlobalVariableExpression(var: !65, expr: !DIExpression())
!65 = distinct !DIGlobalVariable(name: "addr", scope: !2, file: !3, line: 20, type: !5, isLocal: false, isDefinition: true)
!66 = !DIGlobalVariableExpression(var: !67, expr: !DIExpression())
!67 = distinct !DIGlobalVariable(name: "fptr", scope: !2, file: !3, line: 21, type: !68, isLocal: false, isDefinition: true)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64)
!69 = !DISubroutineType(types: !70)
!70 = !{!11, !11, null}
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(name: "tl", scope: !2, file: !3, line: 23, type: !11, isLocal: false, isDefinition: true)
!73 = !DIGlobalVariableExpression(var: !74, expr: !DIExpression())
!74 = distinct !DIGlobalVariable(name: "counter", scope: !2, file: !3, line: 24, type: !11, isLocal: true, isDefinition: true)
!75 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 320, elements: !76)
!76 = !{!77}
!77 = !DISubrange(count: 10)
!78 = !{i32 7, !"Dwarf Version", i32 5}
!79 = !{i32 2, !"Debug Info Version", i32 3}
!80 = !{i32 1, !"wchar_size", i32 4}
!81 = !{i32 8, !"PIC Level", i32 2}
!82 = !{i32 7, !"PIE Level", i32 2}
!83 = !{i32 7, !"uwtable", i32 2}
!84 = !{i32 7, !"frame-pointer", i32 2}
!85 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!86 = distinct !DISubprogram(name: "mkp", scope: !3, file: !3, line: 32, type: !87, scopeLine: 32, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !93)
!87 = !DISubroutineType(types: !88)
!88 = !{!89, !8}
!89 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "P", file: !3, line: 5, size: 64, elements: !90)
!90 = !{!91, !92}
!91 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !89, file: !3, line: 5, baseType: !8, size: 32)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !89, file: !3, line: 5, baseType: !8, size: 32, offset: 32)
!93 = !{}
!94 = !DILocalVariable(name: "a", arg: 1, scope: !86, file: !3, line: 32, type: !8)
!95 = !DILocation(line: 32, column: 20, scope: !86)
!96 = !DILocalVariable(name: "p", scope: !86, file: !3, line: 32, type: !89)
!97 = !DILocation(line: 32, column: 34, scope: !86)
!98 = !DILocation(line: 32, column: 38, scope: !86)
!99 = !DILocation(line: 32, column: 39, scope: !86)
!100 = !DILocation(line: 32, column: 42, scope: !86)
!101 = !DILocation(line: 32, column: 44, scope: !86)
!102 = !DILocation(line: 32, column: 50, scope: !86)
!103 = distinct !DISubprogram(name: "mks", scope: !3, file: !3, line: 33, type: !104, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !93)
!104 = !DISubroutineType(types: !105)
!105 = !{!106, !11}
!106 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "S", file: !3, line: 4, size: 128, elements: !107)
!107 = !{!108, !109, !112}
!108 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !106, file: !3, line: 4, baseType: !11, size: 32)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !106, file: !3, line: 4, baseType: !110, size: 24, offset: 32)
!110 = !DICompositeType(tag: DW_TAG_array_type, baseType: !22, size: 24, elements: !111)
!111 = !{!18}
!112 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !106, file: !3, line: 4, baseType: !37, size: 64, offset: 64)
!113 = !DILocalVariable(name: "a", arg: 1, scope: !103, file: !3, line: 33, type: !11)
!114 = !DILocation(line: 33, column: 18, scope: !103)
!115 = !DILocalVariable(name: "s", scope: !103, file: !3, line: 33, type: !106)
!116 = !DILocation(line: 33, column: 32, scope: !103)
!117 = !DILocation(line: 33, column: 36, scope: !103)
!118 = !DILocation(line: 33, column: 37, scope: !103)
!119 = !DILocation(line: 33, column: 41, scope: !103)
!120 = distinct !DISubprogram(name: "sh", scope: !3, file: !3, line: 34, type: !121, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !93)
!121 = !DISubroutineType(types: !122)
!122 = !{!123, !123, !124}
!123 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!124 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!125 = !DILocalVariable(name: "x", arg: 1, scope: !120, file: !3, line: 34, type: !123)
!126 = !DILocation(line: 34, column: 16, scope: !120)
!127 = !DILocalVariable(name: "c", arg: 2, scope: !120, file: !3, line: 34, type: !124)
!128 = !DILocation(line: 34, column: 33, scope: !120)
!129 = !DILocation(line: 34, column: 45, scope: !120)
!130 = !DILocation(line: 34, column: 49, scope: !120)
!131 = !DILocation(line: 34, column: 47, scope: !120)
!132 = !DILocation(line: 34, column: 38, scope: !120)
!133 = distinct !DISubprogram(name: "ops", scope: !3, file: !3, line: 35, type: !134, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !93)
!134 = !DISubroutineType(types: !135)
!135 = !{!6, !6, !37, !34, !11}
!136 = !DILocalVariable(name: "a", arg: 1, scope: !133, file: !3, line: 35, type: !6)
!137 = !DILocation(line: 35, column: 43, scope: !133)
!138 = !DILocalVariable(name: "b", arg: 2, scope: !133, file: !3, line: 35, type: !37)
!139 = !DILocation(line: 35, column: 56, scope: !133)
!140 = !DILocalVariable(name: "u", arg: 3, scope: !133, file: !3, line: 35, type: !34)
!141 = !DILocation(line: 35, column: 68, scope: !133)
!142 = !DILocalVariable(name: "i", arg: 4, scope: !133, file: !3, line: 35, type: !11)
!143 = !DILocation(line: 35, column: 75, scope: !133)
!144 = !DILocation(line: 36, column: 7, scope: !133)
!145 = !DILocation(line: 36, column: 12, scope: !133)
!146 = !DILocation(line: 36, column: 14, scope: !133)
!147 = !DILocation(line: 36, column: 11, scope: !133)
!148 = !DILocation(line: 36, column: 9, scope: !133)
!149 = !DILocation(line: 36, column: 21, scope: !133)
!150 = !DILocation(line: 36, column: 23, scope: !133)
!151 = !DILocation(line: 36, column: 19, scope: !133)
!152 = !DILocation(line: 36, column: 30, scope: !133)
!153 = !DILocation(line: 36, column: 32, scope: !133)
!154 = !DILocation(line: 36, column: 27, scope: !133)
!155 = !DILocation(line: 36, column: 41, scope: !133)
!156 = !DILocation(line: 36, column: 43, scope: !133)
!157 = !DILocation(line: 36, column: 38, scope: !133)
!158 = !DILocation(line: 36, column: 52, scope: !133)
!159 = !DILocation(line: 36, column: 54, scope: !133)
!160 = !DILocation(line: 36, column: 49, scope: !133)
!161 = !DILocation(line: 36, column: 83, scope: !133)
!162 = !DILocation(line: 36, column: 85, scope: !133)
!163 = !DILocation(line: 36, column: 60, scope: !133)
!164 = !DILocation(line: 36, column: 93, scope: !133)
!165 = !DILocation(line: 36, column: 97, scope: !133)
!166 = !DILocation(line: 36, column: 95, scope: !133)
!167 = !DILocation(line: 36, column: 103, scope: !133)
!168 = !DILocation(line: 36, column: 105, scope: !133)
!169 = !DILocation(line: 36, column: 100, scope: !133)
!170 = !DILocation(line: 36, column: 92, scope: !133)
!171 = !DILocation(line: 36, column: 90, scope: !133)
!172 = !DILocation(line: 36, column: 5, scope: !133)
!173 = !DILocalVariable(name: "d", scope: !133, file: !3, line: 37, type: !7)
!174 = !DILocation(line: 37, column: 10, scope: !133)
!175 = !DILocation(line: 37, column: 22, scope: !133)
!176 = !DILocation(line: 37, column: 14, scope: !133)
!177 = !DILocation(line: 37, column: 40, scope: !133)
!178 = !DILocation(line: 37, column: 32, scope: !133)
!179 = !DILocation(line: 37, column: 42, scope: !133)
!180 = !DILocation(line: 37, column: 30, scope: !133)
!181 = !DILocalVariable(name: "f", scope: !133, file: !3, line: 38, type: !8)
!182 = !DILocation(line: 38, column: 9, scope: !133)
!183 = !DILocation(line: 38, column: 20, scope: !133)
!184 = !DILocation(line: 38, column: 13, scope: !133)
!185 = !DILocation(line: 38, column: 22, scope: !133)
!186 = !DILocation(line: 39, column: 28, scope: !133)
!187 = !DILocation(line: 39, column: 8, scope: !133)
!188 = !DILocation(line: 39, column: 54, scope: !133)
!189 = !DILocation(line: 39, column: 53, scope: !133)
!190 = !DILocation(line: 39, column: 56, scope: !133)
!191 = !DILocation(line: 39, column: 32, scope: !133)
!192 = !DILocation(line: 39, column: 30, scope: !133)
!193 = !DILocation(line: 39, column: 5, scope: !133)
!194 = !DILocation(line: 40, column: 10, scope: !133)
!195 = !DILocation(line: 40, column: 15, scope: !133)
!196 = !DILocation(line: 40, column: 17, scope: !133)
!197 = !DILocation(line: 40, column: 14, scope: !133)
!198 = !DILocation(line: 40, column: 12, scope: !133)
!199 = !DILocation(line: 40, column: 25, scope: !133)
!200 = !DILocation(line: 40, column: 27, scope: !133)
!201 = !DILocation(line: 40, column: 24, scope: !133)
!202 = !DILocation(line: 40, column: 22, scope: !133)
!203 = !DILocation(line: 40, column: 36, scope: !133)
!204 = !DILocation(line: 40, column: 38, scope: !133)
!205 = !DILocation(line: 40, column: 35, scope: !133)
!206 = !DILocation(line: 40, column: 33, scope: !133)
!207 = !DILocation(line: 40, column: 47, scope: !133)
!208 = !DILocation(line: 40, column: 49, scope: !133)
!209 = !DILocation(line: 40, column: 46, scope: !133)
!210 = !DILocation(line: 40, column: 44, scope: !133)
!211 = !DILocation(line: 40, column: 60, scope: !133)
!212 = !DILocation(line: 40, column: 62, scope: !133)
!213 = !DILocation(line: 40, column: 59, scope: !133)
!214 = !DILocation(line: 40, column: 57, scope: !133)
!215 = !DILocation(line: 40, column: 3, scope: !133)
!216 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 42, type: !217, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !93)
!217 = !DISubroutineType(types: !218)
!218 = !{!11, !11, !219}
!219 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !220, size: 64)
!220 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!221 = !DILocalVariable(name: "argc", arg: 1, scope: !216, file: !3, line: 42, type: !11)
!222 = !DILocation(line: 42, column: 14, scope: !216)
!223 = !DILocalVariable(name: "argv", arg: 2, scope: !216, file: !3, line: 42, type: !219)
!224 = !DILocation(line: 42, column: 27, scope: !216)
!225 = !DILocation(line: 43, column: 11, scope: !216)
!226 = !DILocation(line: 43, column: 3, scope: !216)
!227 = !DILocalVariable(name: "__vla_expr0", scope: !216, type: !228, flags: DIFlagArtificial)
!228 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!229 = !DILocation(line: 0, scope: !216)
!230 = !DILocalVariable(name: "vla", scope: !216, file: !3, line: 43, type: !231)
!231 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, elements: !232)
!232 = !{!233}
!233 = !DISubrange(count: !227)
!234 = !DILocation(line: 43, column: 7, scope: !216)
!235 = !DILocation(line: 44, column: 3, scope: !216)
!236 = !DILocation(line: 44, column: 10, scope: !216)
!237 = !DILocalVariable(name: "p", scope: !216, file: !3, line: 45, type: !89)
!238 = !DILocation(line: 45, column: 12, scope: !216)
!239 = !DILocation(line: 45, column: 16, scope: !216)
!240 = !DILocalVariable(name: "s", scope: !216, file: !3, line: 46, type: !106)
!241 = !DILocation(line: 46, column: 12, scope: !216)
!242 = !DILocation(line: 46, column: 20, scope: !216)
!243 = !DILocation(line: 46, column: 16, scope: !216)
!244 = !DILocation(line: 47, column: 8, scope: !216)
!245 = !DILocation(line: 47, column: 18, scope: !216)
!246 = !DILocation(line: 48, column: 11, scope: !216)
!247 = !DILocation(line: 48, column: 3, scope: !216)
!248 = !DILocation(line: 48, column: 31, scope: !249)
!249 = distinct !DILexicalBlock(scope: !216, file: !3, line: 48, column: 17)
!250 = !DILocation(line: 48, column: 35, scope: !249)
!251 = !DILocation(line: 48, column: 54, scope: !249)
!252 = !DILocation(line: 48, column: 50, scope: !249)
!253 = !DILocation(line: 48, column: 85, scope: !249)
!254 = !DILocation(line: 48, column: 102, scope: !249)
!255 = !DILocalVariable(name: "x", scope: !216, file: !3, line: 49, type: !56)
!256 = !DILocation(line: 49, column: 15, scope: !216)
!257 = !DILocation(line: 49, column: 19, scope: !216)
!258 = !DILocation(line: 49, column: 22, scope: !216)
!259 = !DILocalVariable(name: "big", scope: !216, file: !3, line: 50, type: !9)
!260 = !DILocation(line: 50, column: 12, scope: !216)
!261 = !DILocation(line: 50, column: 28, scope: !216)
!262 = !DILocation(line: 50, column: 18, scope: !216)
!263 = !DILocation(line: 50, column: 33, scope: !216)
!264 = !DILocalVariable(name: "ub", scope: !216, file: !3, line: 51, type: !10)
!265 = !DILocation(line: 51, column: 21, scope: !216)
!266 = !DILocalVariable(name: "f", scope: !216, file: !3, line: 52, type: !68)
!267 = !DILocation(line: 52, column: 9, scope: !216)
!268 = !DILocation(line: 53, column: 14, scope: !216)
!269 = !DILocation(line: 53, column: 11, scope: !216)
!270 = !DILocation(line: 54, column: 3, scope: !216)
!271 = !DILocation(line: 54, column: 10, scope: !216)
!272 = !DILocation(line: 54, column: 15, scope: !216)
!273 = !DILocation(line: 54, column: 21, scope: !216)
!274 = !DILocation(line: 54, column: 24, scope: !216)
!275 = !DILocation(line: 54, column: 42, scope: !276)
!276 = distinct !DILexicalBlock(scope: !216, file: !3, line: 54, column: 33)
!277 = !DILocation(line: 54, column: 50, scope: !278)
!278 = distinct !DILexicalBlock(scope: !276, file: !3, line: 54, column: 50)
!279 = !DILocation(line: 54, column: 58, scope: !278)
!280 = !DILocation(line: 54, column: 64, scope: !278)
!281 = distinct !{!281, !270, !282, !283}
!282 = !DILocation(line: 54, column: 71, scope: !216)
!283 = !{!"llvm.loop.mustprogress"}
!284 = !DILocalVariable(name: "r", scope: !216, file: !3, line: 55, type: !11)
!285 = !DILocation(line: 55, column: 7, scope: !216)
!286 = !DILocation(line: 55, column: 11, scope: !216)
!287 = !DILocation(line: 55, column: 16, scope: !216)
!288 = !DILocation(line: 55, column: 22, scope: !216)
!289 = !DILocation(line: 55, column: 30, scope: !216)
!290 = !DILocation(line: 55, column: 29, scope: !216)
!291 = !DILocation(line: 56, column: 10, scope: !216)
!292 = !DILocation(line: 56, column: 35, scope: !216)
!293 = !DILocation(line: 56, column: 28, scope: !216)
!294 = !DILocation(line: 56, column: 26, scope: !216)
!295 = !DILocation(line: 56, column: 41, scope: !216)
!296 = !DILocation(line: 56, column: 37, scope: !216)
!297 = !DILocation(line: 56, column: 45, scope: !216)
!298 = !DILocation(line: 56, column: 43, scope: !216)
!299 = !DILocation(line: 56, column: 56, scope: !216)
!300 = !DILocation(line: 56, column: 54, scope: !216)
!301 = !DILocation(line: 56, column: 65, scope: !216)
!302 = !DILocation(line: 56, column: 60, scope: !216)
!303 = !DILocation(line: 56, column: 58, scope: !216)
!304 = !DILocation(line: 56, column: 75, scope: !216)
!305 = !DILocation(line: 56, column: 79, scope: !216)
!306 = !DILocation(line: 56, column: 69, scope: !216)
!307 = !DILocation(line: 56, column: 67, scope: !216)
!308 = !DILocation(line: 56, column: 94, scope: !216)
!309 = !DILocation(line: 56, column: 97, scope: !216)
!310 = !DILocation(line: 56, column: 88, scope: !216)
!311 = !DILocation(line: 56, column: 86, scope: !216)
!312 = !DILocation(line: 57, column: 12, scope: !216)
!313 = !DILocation(line: 57, column: 10, scope: !216)
!314 = !DILocation(line: 57, column: 18, scope: !216)
!315 = !DILocation(line: 57, column: 16, scope: !216)
!316 = !DILocation(line: 57, column: 26, scope: !216)
!317 = !DILocation(line: 57, column: 21, scope: !216)
!318 = !DILocation(line: 57, column: 33, scope: !216)
!319 = !DILocation(line: 57, column: 28, scope: !216)
!320 = !DILocation(line: 57, column: 42, scope: !216)
!321 = !DILocation(line: 57, column: 37, scope: !216)
!322 = !DILocation(line: 57, column: 35, scope: !216)
!323 = !DILocation(line: 57, column: 60, scope: !216)
!324 = !DILocation(line: 57, column: 58, scope: !216)
!325 = !DILocation(line: 56, column: 3, scope: !216)
!326 = !DILocation(line: 58, column: 1, scope: !216)
!327 = distinct !DISubprogram(name: "sum", scope: !3, file: !3, line: 25, type: !69, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !93)
!328 = !DILocalVariable(name: "n", arg: 1, scope: !327, file: !3, line: 25, type: !11)
!329 = !DILocation(line: 25, column: 20, scope: !327)
!330 = !DILocalVariable(name: "ap", scope: !327, file: !3, line: 26, type: !331)
!331 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !332, line: 12, baseType: !333)
!332 = !DIFile(filename: "/opt/swift/usr/lib/clang/21/include/__stdarg_va_list.h", directory: "", checksumkind: CSK_MD5, checksum: "7bd78a282b99fcfe41a9e3c566d14f7d")
!333 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !3, baseType: !334)
!334 = !DICompositeType(tag: DW_TAG_array_type, baseType: !335, size: 192, elements: !342)
!335 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", size: 192, elements: !336)
!336 = !{!337, !338, !339, !341}
!337 = !DIDerivedType(tag: DW_TAG_member, name: "gp_offset", scope: !335, file: !3, line: 26, baseType: !34, size: 32)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "fp_offset", scope: !335, file: !3, line: 26, baseType: !34, size: 32, offset: 32)
!339 = !DIDerivedType(tag: DW_TAG_member, name: "overflow_arg_area", scope: !335, file: !3, line: 26, baseType: !340, size: 64, offset: 64)
!340 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!341 = !DIDerivedType(tag: DW_TAG_member, name: "reg_save_area", scope: !335, file: !3, line: 26, baseType: !340, size: 64, offset: 128)
!342 = !{!343}
!343 = !DISubrange(count: 1)
!344 = !DILocation(line: 26, column: 11, scope: !327)
!345 = !DILocation(line: 26, column: 15, scope: !327)
!346 = !DILocalVariable(name: "s", scope: !327, file: !3, line: 27, type: !11)
!347 = !DILocation(line: 27, column: 7, scope: !327)
!348 = !DILocalVariable(name: "i", scope: !349, file: !3, line: 28, type: !11)
!349 = distinct !DILexicalBlock(scope: !327, file: !3, line: 28, column: 3)
!350 = !DILocation(line: 28, column: 12, scope: !349)
!351 = !DILocation(line: 28, column: 8, scope: !349)
!352 = !DILocation(line: 28, column: 19, scope: !353)
!353 = distinct !DILexicalBlock(scope: !349, file: !3, line: 28, column: 3)
!354 = !DILocation(line: 28, column: 23, scope: !353)
!355 = !DILocation(line: 28, column: 21, scope: !353)
!356 = !DILocation(line: 28, column: 3, scope: !349)
!357 = !DILocation(line: 28, column: 36, scope: !353)
!358 = !DILocation(line: 28, column: 33, scope: !353)
!359 = !DILocation(line: 28, column: 31, scope: !353)
!360 = !DILocation(line: 28, column: 27, scope: !353)
!361 = !DILocation(line: 28, column: 3, scope: !353)
!362 = distinct !{!362, !356, !363, !283}
!363 = !DILocation(line: 28, column: 36, scope: !349)
!364 = !DILocation(line: 29, column: 3, scope: !327)
!365 = !DILocation(line: 30, column: 10, scope: !327)
!366 = !DILocation(line: 30, column: 3, scope: !327)
