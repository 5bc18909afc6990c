; ModuleID = 'features.c'
source_filename = "features.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%union.U = type { i32, [4 x i8] }
%struct.Pk = type <{ i8, i32 }>
%struct.P = type { float, float }
%struct.S = type { i32, [3 x i8], i64 }

@arr = hidden global [10 x i32] [i32 1, i32 2, i32 3, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 16, !dbg !0
@grid = hidden global [2 x [3 x i32]] [[3 x i32] [i32 1, i32 2, i32 3], [3 x i32] [i32 4, i32 5, i32 6]], align 16, !dbg !13
@.str = private unnamed_addr constant [11 x i8] c"hello\0A\22q\22\\\00", align 1, !dbg !19
@msg = hidden global ptr @.str, align 4, !dbg !25
@bf = hidden global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 0, i8 -128, i8 1, i8 0, i8 0, i8 0, i8 0 }, align 8, !dbg !29
@gu = hidden global %union.U { i32 7, [4 x i8] zeroinitializer }, align 4, !dbg !38
@pk = hidden global %struct.Pk <{ i8 120, i32 42 }>, align 1, !dbg !48
@ld = hidden global fp128 0xL00000000000000003FFF800000000000, align 16, !dbg !54
@dd = hidden global double -2.500000e-03, align 8, !dbg !57
@ff = hidden global float 0x3FB99999A0000000, align 4, !dbg !59
@pp = hidden global ptr getelementptr (i8, ptr @arr, i64 12), align 4, !dbg !61
@addr = hidden global i32 ptrtoint (ptr getelementptr (i8, ptr @arr, i64 4) to i32), align 4, !dbg !64
@fptr = hidden global ptr null, align 4, !dbg !66
@counter = internal global i32 0, align 4, !dbg !73
@ext = external global i32, align 4
@tl = hidden thread_local global i32 0, align 4, !dbg !71

; Function Attrs: noinline nounwind optnone
define hidden void @mkp(ptr dead_on_unwind noalias writable sret(%struct.P) align 4 %0, float noundef %1) #0 !dbg !82 {
  %3 = alloca float, align 4
  store float %1, ptr %3, align 4
    #dbg_declare(ptr %3, !90, !DIExpression(), !91)
    #dbg_declare(ptr %0, !92, !DIExpression(), !93)
  %4 = getelementptr inbounds nuw %struct.P, ptr %0, i32 0, i32 0, !dbg !94
  %5 = load float, ptr %3, align 4, !dbg !95
  store float %5, ptr %4, align 4, !dbg !94
  %6 = getelementptr inbounds nuw %struct.P, ptr %0, i32 0, i32 1, !dbg !94
  %7 = load float, ptr %3, align 4, !dbg !96
  %8 = fmul float %7, 2.000000e+00, !dbg !97
  store float %8, ptr %6, align 4, !dbg !94
  ret void, !dbg !98
}

; Function Attrs: noinline nounwind optnone
define hidden void @mks(ptr dead_on_unwind noalias writable sret(%struct.S) align 8 %0, i32 noundef %1) #0 !dbg !99 {
  %3 = alloca i32, align 4
  store i32 %1, ptr %3, align 4
    #dbg_declare(ptr %3, !109, !DIExpression(), !110)
    #dbg_declare(ptr %0, !111, !DIExpression(), !112)
  %4 = getelementptr inbounds nuw %struct.S, ptr %0, i32 0, i32 0, !dbg !113
  %5 = load i32, ptr %3, align 4, !dbg !114
  store i32 %5, ptr %4, align 8, !dbg !113
  %6 = getelementptr inbounds nuw %struct.S, ptr %0, i32 0, i32 1, !dbg !113
  call void @llvm.memset.p0.i32(ptr align 4 %6, i8 0, i32 3, i1 false), !dbg !113
  %7 = getelementptr i8, ptr %0, i32 7, !dbg !113
  call void @llvm.memset.p0.i64(ptr align 1 %7, i8 0, i64 1, i1 false), !dbg !113
  %8 = getelementptr inbounds nuw %struct.S, ptr %0, i32 0, i32 2, !dbg !113
  store i64 0, ptr %8, align 8, !dbg !113
  ret void, !dbg !115
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define hidden signext i16 @sh(i16 noundef signext %0, i8 noundef zeroext %1) #0 !dbg !116 {
  %3 = alloca i16, align 2
  %4 = alloca i8, align 1
  store i16 %0, ptr %3, align 2
    #dbg_declare(ptr %3, !121, !DIExpression(), !122)
  store i8 %1, ptr %4, align 1
    #dbg_declare(ptr %4, !123, !DIExpression(), !124)
  %5 = load i16, ptr %3, align 2, !dbg !125
  %6 = sext i16 %5 to i32, !dbg !125
  %7 = load i8, ptr %4, align 1, !dbg !126
  %8 = zext i8 %7 to i32, !dbg !126
  %9 = add nsw i32 %6, %8, !dbg !127
  %10 = trunc i32 %9 to i16, !dbg !125
  ret i16 %10, !dbg !128
}

; Function Attrs: noinline nounwind optnone
define hidden i64 @ops(i64 noundef %0, i64 noundef %1, i32 noundef %2, i32 noundef %3) #0 !dbg !129 {
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca float, align 4
  store i64 %0, ptr %5, align 8
    #dbg_declare(ptr %5, !132, !DIExpression(), !133)
  store i64 %1, ptr %6, align 8
    #dbg_declare(ptr %6, !134, !DIExpression(), !135)
  store i32 %2, ptr %7, align 4
    #dbg_declare(ptr %7, !136, !DIExpression(), !137)
  store i32 %3, ptr %8, align 4
    #dbg_declare(ptr %8, !138, !DIExpression(), !139)
  %11 = load i64, ptr %5, align 8, !dbg !140
  %12 = load i32, ptr %7, align 4, !dbg !141
  %13 = or i32 %12, 1, !dbg !142
  %14 = zext i32 %13 to i64, !dbg !143
  %15 = udiv i64 %11, %14, !dbg !144
  %16 = load i64, ptr %5, align 8, !dbg !145
  %17 = urem i64 %16, 7, !dbg !146
  %18 = add i64 %15, %17, !dbg !147
  %19 = load i64, ptr %5, align 8, !dbg !148
  %20 = shl i64 %19, 3, !dbg !149
  %21 = sub i64 %18, %20, !dbg !150
  %22 = load i64, ptr %5, align 8, !dbg !151
  %23 = lshr i64 %22, 2, !dbg !152
  %24 = add i64 %21, %23, !dbg !153
  %25 = load i64, ptr %6, align 8, !dbg !154
  %26 = ashr i64 %25, 1, !dbg !155
  %27 = add i64 %24, %26, !dbg !156
  %28 = load i64, ptr %6, align 8, !dbg !157
  %29 = sdiv i64 %28, 3, !dbg !158
  %30 = add i64 %27, %29, !dbg !159
  %31 = load i32, ptr %7, align 4, !dbg !160
  %32 = load i32, ptr %8, align 4, !dbg !161
  %33 = xor i32 %31, %32, !dbg !162
  %34 = load i32, ptr %8, align 4, !dbg !163
  %35 = and i32 %34, 5, !dbg !164
  %36 = mul i32 %33, %35, !dbg !165
  %37 = zext i32 %36 to i64, !dbg !166
  %38 = add i64 %30, %37, !dbg !167
  store i64 %38, ptr %5, align 8, !dbg !168
    #dbg_declare(ptr %9, !169, !DIExpression(), !170)
  %39 = load i64, ptr %5, align 8, !dbg !171
  %40 = uitofp i64 %39 to double, !dbg !172
  %41 = load i64, ptr %6, align 8, !dbg !173
  %42 = sitofp i64 %41 to double, !dbg !174
  %43 = fdiv double %42, 3.000000e+00, !dbg !175
  %44 = fneg double %43, !dbg !176
  %45 = call double @llvm.fmuladd.f64(double %40, double 1.500000e+00, double %44), !dbg !176
  store double %45, ptr %9, align 8, !dbg !170
    #dbg_declare(ptr %10, !177, !DIExpression(), !178)
  %46 = load double, ptr %9, align 8, !dbg !179
  %47 = fptrunc double %46 to float, !dbg !180
  %48 = fadd float %47, 2.000000e+00, !dbg !181
  store float %48, ptr %10, align 4, !dbg !178
  %49 = load float, ptr %10, align 4, !dbg !182
  %50 = fptoui float %49 to i64, !dbg !183
  %51 = load double, ptr %9, align 8, !dbg !184
  %52 = fneg double %51, !dbg !185
  %53 = fcmp ogt double %52, 0.000000e+00, !dbg !186
  %54 = zext i1 %53 to i64, !dbg !185
  %55 = select i1 %53, i32 1, i32 0, !dbg !185
  %56 = sext i32 %55 to i64, !dbg !187
  %57 = add i64 %50, %56, !dbg !188
  %58 = load i64, ptr %5, align 8, !dbg !189
  %59 = add i64 %58, %57, !dbg !189
  store i64 %59, ptr %5, align 8, !dbg !189
  %60 = load i64, ptr %5, align 8, !dbg !190
  %61 = load i32, ptr %8, align 4, !dbg !191
  %62 = icmp slt i32 %61, 0, !dbg !192
  %63 = zext i1 %62 to i32, !dbg !192
  %64 = sext i32 %63 to i64, !dbg !193
  %65 = add i64 %60, %64, !dbg !194
  %66 = load i32, ptr %7, align 4, !dbg !195
  %67 = icmp ugt i32 %66, 3, !dbg !196
  %68 = zext i1 %67 to i32, !dbg !196
  %69 = sext i32 %68 to i64, !dbg !197
  %70 = add i64 %65, %69, !dbg !198
  %71 = load i64, ptr %6, align 8, !dbg !199
  %72 = icmp sle i64 %71, 0, !dbg !200
  %73 = zext i1 %72 to i32, !dbg !200
  %74 = sext i32 %73 to i64, !dbg !201
  %75 = add i64 %70, %74, !dbg !202
  %76 = load double, ptr %9, align 8, !dbg !203
  %77 = fcmp une double %76, 1.000000e+00, !dbg !204
  %78 = zext i1 %77 to i32, !dbg !204
  %79 = sext i32 %78 to i64, !dbg !205
  %80 = add i64 %75, %79, !dbg !206
  %81 = load float, ptr %10, align 4, !dbg !207
  %82 = fcmp oge float %81, 2.000000e+00, !dbg !208
  %83 = zext i1 %82 to i32, !dbg !208
  %84 = sext i32 %83 to i64, !dbg !209
  %85 = add i64 %80, %84, !dbg !210
  ret i64 %85, !dbg !211
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone
define hidden i32 @__main_argc_argv(i32 noundef %0, ptr noundef %1) #0 !dbg !212 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.P, align 4
  %9 = alloca %struct.S, align 8
  %10 = alloca i32, align 4
  %11 = alloca fp128, align 16
  %12 = alloca i128, align 16
  %13 = alloca i128, align 16
  %14 = alloca ptr, align 4
  %15 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !217, !DIExpression(), !218)
  store ptr %1, ptr %5, align 4
    #dbg_declare(ptr %5, !219, !DIExpression(), !220)
  %16 = load i32, ptr %4, align 4, !dbg !221
  %17 = call ptr @llvm.stacksave.p0(), !dbg !222
  store ptr %17, ptr %6, align 4, !dbg !222
  %18 = alloca i32, i32 %16, align 16, !dbg !222
  store i32 %16, ptr %7, align 4, !dbg !222
    #dbg_declare(ptr %7, !223, !DIExpression(), !224)
    #dbg_declare(ptr %18, !225, !DIExpression(), !229)
  %19 = getelementptr inbounds i32, ptr %18, i32 0, !dbg !230
  store i32 1, ptr %19, align 16, !dbg !231
    #dbg_declare(ptr %8, !232, !DIExpression(), !233)
  call void @mkp(ptr dead_on_unwind writable sret(%struct.P) align 4 %8, float noundef 1.000000e+00), !dbg !234
    #dbg_declare(ptr %9, !235, !DIExpression(), !236)
  %20 = load i32, ptr %4, align 4, !dbg !237
  call void @mks(ptr dead_on_unwind writable sret(%struct.S) align 8 %9, i32 noundef %20), !dbg !238
  %21 = load i64, ptr @bf, align 8, !dbg !239
  %22 = and i64 %21, -9223372036846387201, !dbg !239
  %23 = or i64 %22, 41943040, !dbg !239
  store i64 %23, ptr @bf, align 8, !dbg !239
  %24 = load i64, ptr @bf, align 8, !dbg !240
  %25 = and i64 %24, -8388601, !dbg !240
  %26 = or i64 %25, 24, !dbg !240
  store i64 %26, ptr @bf, align 8, !dbg !240
  %27 = load i32, ptr %4, align 4, !dbg !241
  switch i32 %27, label %34 [
    i32 1, label %28
    i32 5, label %31
    i32 100, label %35
  ], !dbg !242

28:                                               ; preds = %2
  %29 = load i32, ptr %4, align 4, !dbg !243
  %30 = add nsw i32 %29, 1, !dbg !243
  store i32 %30, ptr %4, align 4, !dbg !243
  br label %36, !dbg !245

31:                                               ; preds = %2
  %32 = load i32, ptr %4, align 4, !dbg !246
  %33 = add nsw i32 %32, -1, !dbg !246
  store i32 %33, ptr %4, align 4, !dbg !246
  br label %34, !dbg !247

34:                                               ; preds = %2, %31
  br label %36, !dbg !248

35:                                               ; preds = %2
  store i32 3, ptr %3, align 4, !dbg !249
  store i32 1, ptr %10, align 4
  br label %112, !dbg !249

36:                                               ; preds = %34, %28
    #dbg_declare(ptr %11, !250, !DIExpression(), !251)
  %37 = load fp128, ptr @ld, align 16, !dbg !252
  %38 = fmul fp128 %37, 0xL00000000000000004000000000000000, !dbg !253
  store fp128 %38, ptr %11, align 16, !dbg !251
    #dbg_declare(ptr %12, !254, !DIExpression(), !255)
  %39 = load i32, ptr %4, align 4, !dbg !256
  %40 = sext i32 %39 to i128, !dbg !257
  %41 = shl i128 %40, 70, !dbg !258
  store i128 %41, ptr %12, align 16, !dbg !255
    #dbg_declare(ptr %13, !259, !DIExpression(), !260)
  store i128 113427455640312821154458202477256070485, ptr %13, align 16, !dbg !260
    #dbg_declare(ptr %14, !261, !DIExpression(), !262)
  store ptr @sum, ptr %14, align 4, !dbg !262
  %42 = load ptr, ptr %14, align 4, !dbg !263
  %43 = call i32 (i32, ...) %42(i32 noundef 2, i32 noundef 1, i32 noundef 2), !dbg !263
  %44 = load i32, ptr @counter, align 4, !dbg !264
  %45 = add nsw i32 %44, %43, !dbg !264
  store i32 %45, ptr @counter, align 4, !dbg !264
  br label %46, !dbg !265

46:                                               ; preds = %60, %36
  %47 = load i32, ptr %4, align 4, !dbg !266
  %48 = icmp sgt i32 %47, 100, !dbg !267
  br i1 %48, label %49, label %52, !dbg !268

49:                                               ; preds = %46
  %50 = load i32, ptr @counter, align 4, !dbg !269
  %51 = icmp ne i32 %50, 0, !dbg !268
  br label %52

52:                                               ; preds = %49, %46
  %53 = phi i1 [ false, %46 ], [ %51, %49 ], !dbg !224
  br i1 %53, label %54, label %61, !dbg !265

54:                                               ; preds = %52
  %55 = load i32, ptr @counter, align 4, !dbg !270
  %56 = add nsw i32 %55, -1, !dbg !270
  store i32 %56, ptr @counter, align 4, !dbg !270
  %57 = load i32, ptr @counter, align 4, !dbg !272
  %58 = icmp eq i32 %57, 3, !dbg !274
  br i1 %58, label %59, label %60, !dbg !274

59:                                               ; preds = %54
  br label %61, !dbg !275

60:                                               ; preds = %54
  br label %46, !dbg !265, !llvm.loop !276

61:                                               ; preds = %59, %52
    #dbg_declare(ptr %15, !279, !DIExpression(), !280)
  %62 = load i32, ptr %4, align 4, !dbg !281
  %63 = icmp sgt i32 %62, 2, !dbg !282
  br i1 %63, label %64, label %66, !dbg !281

64:                                               ; preds = %61
  %65 = load i32, ptr %4, align 4, !dbg !283
  br label %69, !dbg !281

66:                                               ; preds = %61
  %67 = load i32, ptr %4, align 4, !dbg !284
  %68 = sub nsw i32 0, %67, !dbg !285
  br label %69, !dbg !281

69:                                               ; preds = %66, %64
  %70 = phi i32 [ %65, %64 ], [ %68, %66 ], !dbg !281
  store i32 %70, ptr %15, align 4, !dbg !280
  %71 = call i32 (i32, ...) @sum(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3), !dbg !286
  %72 = getelementptr inbounds nuw %struct.P, ptr %8, i32 0, i32 0, !dbg !287
  %73 = load float, ptr %72, align 4, !dbg !287
  %74 = fptosi float %73 to i32, !dbg !288
  %75 = add nsw i32 %71, %74, !dbg !289
  %76 = getelementptr inbounds nuw %struct.S, ptr %9, i32 0, i32 0, !dbg !290
  %77 = load i32, ptr %76, align 8, !dbg !290
  %78 = add nsw i32 %75, %77, !dbg !291
  %79 = call signext i16 @sh(i16 noundef signext 1, i8 noundef zeroext 2), !dbg !292
  %80 = sext i16 %79 to i32, !dbg !292
  %81 = add nsw i32 %78, %80, !dbg !293
  %82 = load i32, ptr %15, align 4, !dbg !294
  %83 = add nsw i32 %81, %82, !dbg !295
  %84 = load fp128, ptr %11, align 16, !dbg !296
  %85 = fptosi fp128 %84 to i32, !dbg !297
  %86 = add nsw i32 %83, %85, !dbg !298
  %87 = load i128, ptr %12, align 16, !dbg !299
  %88 = ashr i128 %87, 70, !dbg !300
  %89 = trunc i128 %88 to i32, !dbg !301
  %90 = add nsw i32 %86, %89, !dbg !302
  %91 = load i128, ptr %13, align 16, !dbg !303
  %92 = and i128 %91, 1, !dbg !304
  %93 = trunc i128 %92 to i32, !dbg !305
  %94 = add nsw i32 %90, %93, !dbg !306
  %95 = load i32, ptr @ext, align 4, !dbg !307
  %96 = add nsw i32 %94, %95, !dbg !308
  %97 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tl), !dbg !309
  %98 = load i32, ptr %97, align 4, !dbg !309
  %99 = add nsw i32 %96, %98, !dbg !310
  %100 = load i32, ptr @gu, align 4, !dbg !311
  %101 = add nsw i32 %99, %100, !dbg !312
  %102 = load i32, ptr getelementptr inbounds nuw (%struct.Pk, ptr @pk, i32 0, i32 1), align 1, !dbg !313
  %103 = add nsw i32 %101, %102, !dbg !314
  %104 = call i64 @ops(i64 noundef 1, i64 noundef 2, i32 noundef 3, i32 noundef 4), !dbg !315
  %105 = trunc i64 %104 to i32, !dbg !316
  %106 = add nsw i32 %103, %105, !dbg !317
  %107 = load ptr, ptr @msg, align 4, !dbg !318
  %108 = getelementptr inbounds i8, ptr %107, i32 0, !dbg !318
  %109 = load i8, ptr %108, align 1, !dbg !318
  %110 = sext i8 %109 to i32, !dbg !318
  %111 = add nsw i32 %106, %110, !dbg !319
  store i32 %111, ptr %3, align 4, !dbg !320
  store i32 1, ptr %10, align 4
  br label %112, !dbg !320

112:                                              ; preds = %69, %35
  %113 = load ptr, ptr %6, align 4, !dbg !321
  call void @llvm.stackrestore.p0(ptr %113), !dbg !321
  %114 = load i32, ptr %3, align 4, !dbg !321
  ret i32 %114, !dbg !321
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #3

; Function Attrs: noinline nounwind optnone
define internal i32 @sum(i32 noundef %0, ...) #0 !dbg !322 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !323, !DIExpression(), !324)
    #dbg_declare(ptr %3, !325, !DIExpression(), !330)
  call void @llvm.va_start.p0(ptr %3), !dbg !331
    #dbg_declare(ptr %4, !332, !DIExpression(), !333)
  store i32 0, ptr %4, align 4, !dbg !333
    #dbg_declare(ptr %5, !334, !DIExpression(), !336)
  store i32 0, ptr %5, align 4, !dbg !336
  br label %6, !dbg !337

6:                                                ; preds = %16, %1
  %7 = load i32, ptr %5, align 4, !dbg !338
  %8 = load i32, ptr %2, align 4, !dbg !340
  %9 = icmp slt i32 %7, %8, !dbg !341
  br i1 %9, label %10, label %19, !dbg !342

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 4, !dbg !343
  %12 = getelementptr inbounds i8, ptr %11, i32 4, !dbg !343
  store ptr %12, ptr %3, align 4, !dbg !343
  %13 = load i32, ptr %11, align 4, !dbg !343
  %14 = load i32, ptr %4, align 4, !dbg !344
  %15 = add nsw i32 %14, %13, !dbg !344
  store i32 %15, ptr %4, align 4, !dbg !344
  br label %16, !dbg !345

16:                                               ; preds = %10
  %17 = load i32, ptr %5, align 4, !dbg !346
  %18 = add nsw i32 %17, 1, !dbg !346
  store i32 %18, ptr %5, align 4, !dbg !346
  br label %6, !dbg !347, !llvm.loop !348

19:                                               ; preds = %6
  call void @llvm.va_end.p0(ptr %3), !dbg !350
  %20 = load i32, ptr %4, align 4, !dbg !351
  ret i32 %20, !dbg !352
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!78, !79, !80}
!llvm.ident = !{!81}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "arr", scope: !2, file: !3, line: 10, type: !75, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !12, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "features.c", directory: "/work/main/Tests/KilnIRParserTests/Inputs")
!4 = !{!5, !6, !7, !8, !9, !10, !11}
!5 = !DIBasicType(name: "long", size: 32, encoding: DW_ATE_signed)
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
!27 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !28, size: 32)
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
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 32)
!64 = !DIGlobalVariableExpression(var: !65, expr: !DIExpression())
!65 = distinct !DIGlobalVariable(name: "addr", scope: !2, file: !3, line: 20, type: !5, isLocal: false, isDefinition: true)
!66 = !DIGlobalVariableExpression(var: !67, expr: !DIExpression())
!67 = distinct !DIGlobalVariable(name: "fptr", scope: !2, file: !3, line: 21, type: !68, isLocal: false, isDefinition: true)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 32)
!69 = !DISubroutineType(types: !70)
!70 = !{!11, !11, null}
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(name: "tl", scope: !2, file: !3, line: 23, type: !11, isLocal: false, isDefinition: true)
!73 = !DIGlobalVariableExpression(var: !74, expr: !DIExpression())
!74 = distinct !DIGlobalVariable(name: "counter", scope: !2, file: !3, line: 24, type: !11, isLocal: true, isDefinition: true)
!75 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 320, elements: !76)
!76 = !{!77}
!77 = !DISubrange(count: 10)
!78 = !{i32 7, !"Dwarf Version", i32 4}
!79 = !{i32 2, !"Debug Info Version", i32 3}
!80 = !{i32 1, !"wchar_size", i32 4}
!81 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!82 = distinct !DISubprogram(name: "mkp", scope: !3, file: !3, line: 32, type: !83, scopeLine: 32, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !89)
!83 = !DISubroutineType(types: !84)
!84 = !{!85, !8}
!85 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "P", file: !3, line: 5, size: 64, elements: !86)
!86 = !{!87, !88}
!87 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !85, file: !3, line: 5, baseType: !8, size: 32)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !85, file: !3, line: 5, baseType: !8, size: 32, offset: 32)
!89 = !{}
!90 = !DILocalVariable(name: "a", arg: 1, scope: !82, file: !3, line: 32, type: !8)
!91 = !DILocation(line: 32, column: 20, scope: !82)
!92 = !DILocalVariable(name: "p", scope: !82, file: !3, line: 32, type: !85)
!93 = !DILocation(line: 32, column: 34, scope: !82)
!94 = !DILocation(line: 32, column: 38, scope: !82)
!95 = !DILocation(line: 32, column: 39, scope: !82)
!96 = !DILocation(line: 32, column: 42, scope: !82)
!97 = !DILocation(line: 32, column: 44, scope: !82)
!98 = !DILocation(line: 32, column: 50, scope: !82)
!99 = distinct !DISubprogram(name: "mks", scope: !3, file: !3, line: 33, type: !100, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !89)
!100 = !DISubroutineType(types: !101)
!101 = !{!102, !11}
!102 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "S", file: !3, line: 4, size: 128, elements: !103)
!103 = !{!104, !105, !108}
!104 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !102, file: !3, line: 4, baseType: !11, size: 32)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !102, file: !3, line: 4, baseType: !106, size: 24, offset: 32)
!106 = !DICompositeType(tag: DW_TAG_array_type, baseType: !22, size: 24, elements: !107)
!107 = !{!18}
!108 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !102, file: !3, line: 4, baseType: !37, size: 64, offset: 64)
!109 = !DILocalVariable(name: "a", arg: 1, scope: !99, file: !3, line: 33, type: !11)
!110 = !DILocation(line: 33, column: 18, scope: !99)
!111 = !DILocalVariable(name: "s", scope: !99, file: !3, line: 33, type: !102)
!112 = !DILocation(line: 33, column: 32, scope: !99)
!113 = !DILocation(line: 33, column: 36, scope: !99)
!114 = !DILocation(line: 33, column: 37, scope: !99)
!115 = !DILocation(line: 33, column: 41, scope: !99)
!116 = distinct !DISubprogram(name: "sh", scope: !3, file: !3, line: 34, type: !117, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !89)
!117 = !DISubroutineType(types: !118)
!118 = !{!119, !119, !120}
!119 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!120 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!121 = !DILocalVariable(name: "x", arg: 1, scope: !116, file: !3, line: 34, type: !119)
!122 = !DILocation(line: 34, column: 16, scope: !116)
!123 = !DILocalVariable(name: "c", arg: 2, scope: !116, file: !3, line: 34, type: !120)
!124 = !DILocation(line: 34, column: 33, scope: !116)
!125 = !DILocation(line: 34, column: 45, scope: !116)
!126 = !DILocation(line: 34, column: 49, scope: !116)
!127 = !DILocation(line: 34, column: 47, scope: !116)
!128 = !DILocation(line: 34, column: 38, scope: !116)
!129 = distinct !DISubprogram(name: "ops", scope: !3, file: !3, line: 35, type: !130, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !89)
!130 = !DISubroutineType(types: !131)
!131 = !{!6, !6, !37, !34, !11}
!132 = !DILocalVariable(name: "a", arg: 1, scope: !129, file: !3, line: 35, type: !6)
!133 = !DILocation(line: 35, column: 43, scope: !129)
!134 = !DILocalVariable(name: "b", arg: 2, scope: !129, file: !3, line: 35, type: !37)
!135 = !DILocation(line: 35, column: 56, scope: !129)
!136 = !DILocalVariable(name: "u", arg: 3, scope: !129, file: !3, line: 35, type: !34)
!137 = !DILocation(line: 35, column: 68, scope: !129)
!138 = !DILocalVariable(name: "i", arg: 4, scope: !129, file: !3, line: 35, type: !11)
!139 = !DILocation(line: 35, column: 75, scope: !129)
!140 = !DILocation(line: 36, column: 7, scope: !129)
!141 = !DILocation(line: 36, column: 12, scope: !129)
!142 = !DILocation(line: 36, column: 14, scope: !129)
!143 = !DILocation(line: 36, column: 11, scope: !129)
!144 = !DILocation(line: 36, column: 9, scope: !129)
!145 = !DILocation(line: 36, column: 21, scope: !129)
!146 = !DILocation(line: 36, column: 23, scope: !129)
!147 = !DILocation(line: 36, column: 19, scope: !129)
!148 = !DILocation(line: 36, column: 30, scope: !129)
!149 = !DILocation(line: 36, column: 32, scope: !129)
!150 = !DILocation(line: 36, column: 27, scope: !129)
!151 = !DILocation(line: 36, column: 41, scope: !129)
!152 = !DILocation(line: 36, column: 43, scope: !129)
!153 = !DILocation(line: 36, column: 38, scope: !129)
!154 = !DILocation(line: 36, column: 52, scope: !129)
!155 = !DILocation(line: 36, column: 54, scope: !129)
!156 = !DILocation(line: 36, column: 49, scope: !129)
!157 = !DILocation(line: 36, column: 83, scope: !129)
!158 = !DILocation(line: 36, column: 85, scope: !129)
!159 = !DILocation(line: 36, column: 60, scope: !129)
!160 = !DILocation(line: 36, column: 93, scope: !129)
!161 = !DILocation(line: 36, column: 97, scope: !129)
!162 = !DILocation(line: 36, column: 95, scope: !129)
!163 = !DILocation(line: 36, column: 103, scope: !129)
!164 = !DILocation(line: 36, column: 105, scope: !129)
!165 = !DILocation(line: 36, column: 100, scope: !129)
!166 = !DILocation(line: 36, column: 92, scope: !129)
!167 = !DILocation(line: 36, column: 90, scope: !129)
!168 = !DILocation(line: 36, column: 5, scope: !129)
!169 = !DILocalVariable(name: "d", scope: !129, file: !3, line: 37, type: !7)
!170 = !DILocation(line: 37, column: 10, scope: !129)
!171 = !DILocation(line: 37, column: 22, scope: !129)
!172 = !DILocation(line: 37, column: 14, scope: !129)
!173 = !DILocation(line: 37, column: 40, scope: !129)
!174 = !DILocation(line: 37, column: 32, scope: !129)
!175 = !DILocation(line: 37, column: 42, scope: !129)
!176 = !DILocation(line: 37, column: 30, scope: !129)
!177 = !DILocalVariable(name: "f", scope: !129, file: !3, line: 38, type: !8)
!178 = !DILocation(line: 38, column: 9, scope: !129)
!179 = !DILocation(line: 38, column: 20, scope: !129)
!180 = !DILocation(line: 38, column: 13, scope: !129)
!181 = !DILocation(line: 38, column: 22, scope: !129)
!182 = !DILocation(line: 39, column: 28, scope: !129)
!183 = !DILocation(line: 39, column: 8, scope: !129)
!184 = !DILocation(line: 39, column: 54, scope: !129)
!185 = !DILocation(line: 39, column: 53, scope: !129)
!186 = !DILocation(line: 39, column: 56, scope: !129)
!187 = !DILocation(line: 39, column: 32, scope: !129)
!188 = !DILocation(line: 39, column: 30, scope: !129)
!189 = !DILocation(line: 39, column: 5, scope: !129)
!190 = !DILocation(line: 40, column: 10, scope: !129)
!191 = !DILocation(line: 40, column: 15, scope: !129)
!192 = !DILocation(line: 40, column: 17, scope: !129)
!193 = !DILocation(line: 40, column: 14, scope: !129)
!194 = !DILocation(line: 40, column: 12, scope: !129)
!195 = !DILocation(line: 40, column: 25, scope: !129)
!196 = !DILocation(line: 40, column: 27, scope: !129)
!197 = !DILocation(line: 40, column: 24, scope: !129)
!198 = !DILocation(line: 40, column: 22, scope: !129)
!199 = !DILocation(line: 40, column: 36, scope: !129)
!200 = !DILocation(line: 40, column: 38, scope: !129)
!201 = !DILocation(line: 40, column: 35, scope: !129)
!202 = !DILocation(line: 40, column: 33, scope: !129)
!203 = !DILocation(line: 40, column: 47, scope: !129)
!204 = !DILocation(line: 40, column: 49, scope: !129)
!205 = !DILocation(line: 40, column: 46, scope: !129)
!206 = !DILocation(line: 40, column: 44, scope: !129)
!207 = !DILocation(line: 40, column: 60, scope: !129)
!208 = !DILocation(line: 40, column: 62, scope: !129)
!209 = !DILocation(line: 40, column: 59, scope: !129)
!210 = !DILocation(line: 40, column: 57, scope: !129)
!211 = !DILocation(line: 40, column: 3, scope: !129)
!212 = distinct !DISubprogram(name: "main", linkageName: "__main_argc_argv", scope: !3, file: !3, line: 42, type: !213, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !89)
!213 = !DISubroutineType(types: !214)
!214 = !{!11, !11, !215}
!215 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !216, size: 32)
!216 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 32)
!217 = !DILocalVariable(name: "argc", arg: 1, scope: !212, file: !3, line: 42, type: !11)
!218 = !DILocation(line: 42, column: 14, scope: !212)
!219 = !DILocalVariable(name: "argv", arg: 2, scope: !212, file: !3, line: 42, type: !215)
!220 = !DILocation(line: 42, column: 27, scope: !212)
!221 = !DILocation(line: 43, column: 11, scope: !212)
!222 = !DILocation(line: 43, column: 3, scope: !212)
!223 = !DILocalVariable(name: "__vla_expr0", scope: !212, type: !34, flags: DIFlagArtificial)
!224 = !DILocation(line: 0, scope: !212)
!225 = !DILocalVariable(name: "vla", scope: !212, file: !3, line: 43, type: !226)
!226 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, elements: !227)
!227 = !{!228}
!228 = !DISubrange(count: !223)
!229 = !DILocation(line: 43, column: 7, scope: !212)
!230 = !DILocation(line: 44, column: 3, scope: !212)
!231 = !DILocation(line: 44, column: 10, scope: !212)
!232 = !DILocalVariable(name: "p", scope: !212, file: !3, line: 45, type: !85)
!233 = !DILocation(line: 45, column: 12, scope: !212)
!234 = !DILocation(line: 45, column: 16, scope: !212)
!235 = !DILocalVariable(name: "s", scope: !212, file: !3, line: 46, type: !102)
!236 = !DILocation(line: 46, column: 12, scope: !212)
!237 = !DILocation(line: 46, column: 20, scope: !212)
!238 = !DILocation(line: 46, column: 16, scope: !212)
!239 = !DILocation(line: 47, column: 8, scope: !212)
!240 = !DILocation(line: 47, column: 18, scope: !212)
!241 = !DILocation(line: 48, column: 11, scope: !212)
!242 = !DILocation(line: 48, column: 3, scope: !212)
!243 = !DILocation(line: 48, column: 31, scope: !244)
!244 = distinct !DILexicalBlock(scope: !212, file: !3, line: 48, column: 17)
!245 = !DILocation(line: 48, column: 35, scope: !244)
!246 = !DILocation(line: 48, column: 54, scope: !244)
!247 = !DILocation(line: 48, column: 50, scope: !244)
!248 = !DILocation(line: 48, column: 85, scope: !244)
!249 = !DILocation(line: 48, column: 102, scope: !244)
!250 = !DILocalVariable(name: "x", scope: !212, file: !3, line: 49, type: !56)
!251 = !DILocation(line: 49, column: 15, scope: !212)
!252 = !DILocation(line: 49, column: 19, scope: !212)
!253 = !DILocation(line: 49, column: 22, scope: !212)
!254 = !DILocalVariable(name: "big", scope: !212, file: !3, line: 50, type: !9)
!255 = !DILocation(line: 50, column: 12, scope: !212)
!256 = !DILocation(line: 50, column: 28, scope: !212)
!257 = !DILocation(line: 50, column: 18, scope: !212)
!258 = !DILocation(line: 50, column: 33, scope: !212)
!259 = !DILocalVariable(name: "ub", scope: !212, file: !3, line: 51, type: !10)
!260 = !DILocation(line: 51, column: 21, scope: !212)
!261 = !DILocalVariable(name: "f", scope: !212, file: !3, line: 52, type: !68)
!262 = !DILocation(line: 52, column: 9, scope: !212)
!263 = !DILocation(line: 53, column: 14, scope: !212)
!264 = !DILocation(line: 53, column: 11, scope: !212)
!265 = !DILocation(line: 54, column: 3, scope: !212)
!266 = !DILocation(line: 54, column: 10, scope: !212)
!267 = !DILocation(line: 54, column: 15, scope: !212)
!268 = !DILocation(line: 54, column: 21, scope: !212)
!269 = !DILocation(line: 54, column: 24, scope: !212)
!270 = !DILocation(line: 54, column: 42, scope: !271)
!271 = distinct !DILexicalBlock(scope: !212, file: !3, line: 54, column: 33)
!272 = !DILocation(line: 54, column: 50, scope: !273)
!273 = distinct !DILexicalBlock(scope: !271, file: !3, line: 54, column: 50)
!274 = !DILocation(line: 54, column: 58, scope: !273)
!275 = !DILocation(line: 54, column: 64, scope: !273)
!276 = distinct !{!276, !265, !277, !278}
!277 = !DILocation(line: 54, column: 71, scope: !212)
!278 = !{!"llvm.loop.mustprogress"}
!279 = !DILocalVariable(name: "r", scope: !212, file: !3, line: 55, type: !11)
!280 = !DILocation(line: 55, column: 7, scope: !212)
!281 = !DILocation(line: 55, column: 11, scope: !212)
!282 = !DILocation(line: 55, column: 16, scope: !212)
!283 = !DILocation(line: 55, column: 22, scope: !212)
!284 = !DILocation(line: 55, column: 30, scope: !212)
!285 = !DILocation(line: 55, column: 29, scope: !212)
!286 = !DILocation(line: 56, column: 10, scope: !212)
!287 = !DILocation(line: 56, column: 35, scope: !212)
!288 = !DILocation(line: 56, column: 28, scope: !212)
!289 = !DILocation(line: 56, column: 26, scope: !212)
!290 = !DILocation(line: 56, column: 41, scope: !212)
!291 = !DILocation(line: 56, column: 37, scope: !212)
!292 = !DILocation(line: 56, column: 45, scope: !212)
!293 = !DILocation(line: 56, column: 43, scope: !212)
!294 = !DILocation(line: 56, column: 56, scope: !212)
!295 = !DILocation(line: 56, column: 54, scope: !212)
!296 = !DILocation(line: 56, column: 65, scope: !212)
!297 = !DILocation(line: 56, column: 60, scope: !212)
!298 = !DILocation(line: 56, column: 58, scope: !212)
!299 = !DILocation(line: 56, column: 75, scope: !212)
!300 = !DILocation(line: 56, column: 79, scope: !212)
!301 = !DILocation(line: 56, column: 69, scope: !212)
!302 = !DILocation(line: 56, column: 67, scope: !212)
!303 = !DILocation(line: 56, column: 94, scope: !212)
!304 = !DILocation(line: 56, column: 97, scope: !212)
!305 = !DILocation(line: 56, column: 88, scope: !212)
!306 = !DILocation(line: 56, column: 86, scope: !212)
!307 = !DILocation(line: 57, column: 12, scope: !212)
!308 = !DILocation(line: 57, column: 10, scope: !212)
!309 = !DILocation(line: 57, column: 18, scope: !212)
!310 = !DILocation(line: 57, column: 16, scope: !212)
!311 = !DILocation(line: 57, column: 26, scope: !212)
!312 = !DILocation(line: 57, column: 21, scope: !212)
!313 = !DILocation(line: 57, column: 33, scope: !212)
!314 = !DILocation(line: 57, column: 28, scope: !212)
!315 = !DILocation(line: 57, column: 42, scope: !212)
!316 = !DILocation(line: 57, column: 37, scope: !212)
!317 = !DILocation(line: 57, column: 35, scope: !212)
!318 = !DILocation(line: 57, column: 60, scope: !212)
!319 = !DILocation(line: 57, column: 58, scope: !212)
!320 = !DILocation(line: 56, column: 3, scope: !212)
!321 = !DILocation(line: 58, column: 1, scope: !212)
!322 = distinct !DISubprogram(name: "sum", scope: !3, file: !3, line: 25, type: !69, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !89)
!323 = !DILocalVariable(name: "n", arg: 1, scope: !322, file: !3, line: 25, type: !11)
!324 = !DILocation(line: 25, column: 20, scope: !322)
!325 = !DILocalVariable(name: "ap", scope: !322, file: !3, line: 26, type: !326)
!326 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !327, line: 12, baseType: !328)
!327 = !DIFile(filename: "/opt/swift/usr/lib/clang/21/include/__stdarg_va_list.h", directory: "")
!328 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !3, baseType: !329)
!329 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 32)
!330 = !DILocation(line: 26, column: 11, scope: !322)
!331 = !DILocation(line: 26, column: 15, scope: !322)
!332 = !DILocalVariable(name: "s", scope: !322, file: !3, line: 27, type: !11)
!333 = !DILocation(line: 27, column: 7, scope: !322)
!334 = !DILocalVariable(name: "i", scope: !335, file: !3, line: 28, type: !11)
!335 = distinct !DILexicalBlock(scope: !322, file: !3, line: 28, column: 3)
!336 = !DILocation(line: 28, column: 12, scope: !335)
!337 = !DILocation(line: 28, column: 8, scope: !335)
!338 = !DILocation(line: 28, column: 19, scope: !339)
!339 = distinct !DILexicalBlock(scope: !335, file: !3, line: 28, column: 3)
!340 = !DILocation(line: 28, column: 23, scope: !339)
!341 = !DILocation(line: 28, column: 21, scope: !339)
!342 = !DILocation(line: 28, column: 3, scope: !335)
!343 = !DILocation(line: 28, column: 36, scope: !339)
!344 = !DILocation(line: 28, column: 33, scope: !339)
!345 = !DILocation(line: 28, column: 31, scope: !339)
!346 = !DILocation(line: 28, column: 27, scope: !339)
!347 = !DILocation(line: 28, column: 3, scope: !339)
!348 = distinct !{!348, !342, !349, !278}
!349 = !DILocation(line: 28, column: 36, scope: !335)
!350 = !DILocation(line: 29, column: 3, scope: !322)
!351 = !DILocation(line: 30, column: 10, scope: !322)
!352 = !DILocation(line: 30, column: 3, scope: !322)
