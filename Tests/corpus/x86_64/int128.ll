; ModuleID = 'int128.c'
source_filename = "int128.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [4 x i8] c"mul\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"fact30\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"neg\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"sdiv\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"urem\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"ashr\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"shl\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"cmp %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"dbl %.1f\0A\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"back\00", align 1
@.str.10 = private unnamed_addr constant [9 x i8] c"lo %lld\0A\00", align 1
@.str.11 = private unnamed_addr constant [19 x i8] c"%s %016llx%016llx\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i128, align 16
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  %5 = alloca i128, align 16
  %6 = alloca i128, align 16
  %7 = alloca i128, align 16
  %8 = alloca i128, align 16
  %9 = alloca i128, align 16
  %10 = alloca i128, align 16
  %11 = alloca i128, align 16
  %12 = alloca i128, align 16
  %13 = alloca i128, align 16
  %14 = alloca i128, align 16
  %15 = alloca i128, align 16
  %16 = alloca i128, align 16
  %17 = alloca i128, align 16
  %18 = alloca i128, align 16
  %19 = alloca i128, align 16
  %20 = alloca i128, align 16
  %21 = alloca i128, align 16
  %22 = alloca i128, align 16
  %23 = alloca i128, align 16
  %24 = alloca i32, align 4
  %25 = alloca double, align 8
  %26 = alloca i128, align 16
  %27 = alloca i128, align 16
  %28 = alloca i64, align 8
  %29 = alloca i128, align 16
  %30 = alloca i128, align 16
  %31 = alloca i128, align 16
  %32 = alloca i128, align 16
  store i32 0, ptr %1, align 4
  %33 = call { i64, i64 } @mul64x64(i64 noundef -1, i64 noundef -1)
  %34 = getelementptr inbounds nuw { i64, i64 }, ptr %2, i32 0, i32 0
  %35 = extractvalue { i64, i64 } %33, 0
  store i64 %35, ptr %34, align 16
  %36 = getelementptr inbounds nuw { i64, i64 }, ptr %2, i32 0, i32 1
  %37 = extractvalue { i64, i64 } %33, 1
  store i64 %37, ptr %36, align 8
  %38 = load i128, ptr %2, align 16
  store i128 %38, ptr %3, align 16
  %39 = getelementptr inbounds nuw { i64, i64 }, ptr %3, i32 0, i32 0
  %40 = load i64, ptr %39, align 16
  %41 = getelementptr inbounds nuw { i64, i64 }, ptr %3, i32 0, i32 1
  %42 = load i64, ptr %41, align 8
  call void @print_u128(ptr noundef @.str, i64 noundef %40, i64 noundef %42)
  %43 = call { i64, i64 } @fact(i32 noundef 30)
  %44 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 0
  %45 = extractvalue { i64, i64 } %43, 0
  store i64 %45, ptr %44, align 16
  %46 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 1
  %47 = extractvalue { i64, i64 } %43, 1
  store i64 %47, ptr %46, align 8
  %48 = load i128, ptr %4, align 16
  store i128 %48, ptr %5, align 16
  %49 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  %50 = load i64, ptr %49, align 16
  %51 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  %52 = load i64, ptr %51, align 8
  call void @print_u128(ptr noundef @.str.1, i64 noundef %50, i64 noundef %52)
  %53 = call { i64, i64 } @fact(i32 noundef 25)
  %54 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  %55 = extractvalue { i64, i64 } %53, 0
  store i64 %55, ptr %54, align 16
  %56 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  %57 = extractvalue { i64, i64 } %53, 1
  store i64 %57, ptr %56, align 8
  %58 = load i128, ptr %7, align 16
  %59 = sub nsw i128 0, %58
  store i128 %59, ptr %6, align 16
  %60 = load i128, ptr %6, align 16
  store i128 %60, ptr %8, align 16
  %61 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 0
  %62 = load i64, ptr %61, align 16
  %63 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 1
  %64 = load i64, ptr %63, align 8
  call void @print_u128(ptr noundef @.str.2, i64 noundef %62, i64 noundef %64)
  %65 = load i128, ptr %6, align 16
  store i128 %65, ptr %9, align 16
  %66 = getelementptr inbounds nuw { i64, i64 }, ptr %9, i32 0, i32 0
  %67 = load i64, ptr %66, align 16
  %68 = getelementptr inbounds nuw { i64, i64 }, ptr %9, i32 0, i32 1
  %69 = load i64, ptr %68, align 8
  store i128 1000003, ptr %10, align 16
  %70 = getelementptr inbounds nuw { i64, i64 }, ptr %10, i32 0, i32 0
  %71 = load i64, ptr %70, align 16
  %72 = getelementptr inbounds nuw { i64, i64 }, ptr %10, i32 0, i32 1
  %73 = load i64, ptr %72, align 8
  %74 = call { i64, i64 } @sdiv128(i64 noundef %67, i64 noundef %69, i64 noundef %71, i64 noundef %73)
  %75 = getelementptr inbounds nuw { i64, i64 }, ptr %11, i32 0, i32 0
  %76 = extractvalue { i64, i64 } %74, 0
  store i64 %76, ptr %75, align 16
  %77 = getelementptr inbounds nuw { i64, i64 }, ptr %11, i32 0, i32 1
  %78 = extractvalue { i64, i64 } %74, 1
  store i64 %78, ptr %77, align 8
  %79 = load i128, ptr %11, align 16
  store i128 %79, ptr %12, align 16
  %80 = getelementptr inbounds nuw { i64, i64 }, ptr %12, i32 0, i32 0
  %81 = load i64, ptr %80, align 16
  %82 = getelementptr inbounds nuw { i64, i64 }, ptr %12, i32 0, i32 1
  %83 = load i64, ptr %82, align 8
  call void @print_u128(ptr noundef @.str.3, i64 noundef %81, i64 noundef %83)
  %84 = call { i64, i64 } @fact(i32 noundef 33)
  %85 = getelementptr inbounds nuw { i64, i64 }, ptr %13, i32 0, i32 0
  %86 = extractvalue { i64, i64 } %84, 0
  store i64 %86, ptr %85, align 16
  %87 = getelementptr inbounds nuw { i64, i64 }, ptr %13, i32 0, i32 1
  %88 = extractvalue { i64, i64 } %84, 1
  store i64 %88, ptr %87, align 8
  %89 = load i128, ptr %13, align 16
  store i128 %89, ptr %14, align 16
  %90 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 0
  %91 = load i64, ptr %90, align 16
  %92 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 1
  %93 = load i64, ptr %92, align 8
  store i128 4294967291, ptr %15, align 16
  %94 = getelementptr inbounds nuw { i64, i64 }, ptr %15, i32 0, i32 0
  %95 = load i64, ptr %94, align 16
  %96 = getelementptr inbounds nuw { i64, i64 }, ptr %15, i32 0, i32 1
  %97 = load i64, ptr %96, align 8
  %98 = call { i64, i64 } @urem128(i64 noundef %91, i64 noundef %93, i64 noundef %95, i64 noundef %97)
  %99 = getelementptr inbounds nuw { i64, i64 }, ptr %16, i32 0, i32 0
  %100 = extractvalue { i64, i64 } %98, 0
  store i64 %100, ptr %99, align 16
  %101 = getelementptr inbounds nuw { i64, i64 }, ptr %16, i32 0, i32 1
  %102 = extractvalue { i64, i64 } %98, 1
  store i64 %102, ptr %101, align 8
  %103 = load i128, ptr %16, align 16
  store i128 %103, ptr %17, align 16
  %104 = getelementptr inbounds nuw { i64, i64 }, ptr %17, i32 0, i32 0
  %105 = load i64, ptr %104, align 16
  %106 = getelementptr inbounds nuw { i64, i64 }, ptr %17, i32 0, i32 1
  %107 = load i64, ptr %106, align 8
  call void @print_u128(ptr noundef @.str.4, i64 noundef %105, i64 noundef %107)
  %108 = load i128, ptr %6, align 16
  store i128 %108, ptr %18, align 16
  %109 = getelementptr inbounds nuw { i64, i64 }, ptr %18, i32 0, i32 0
  %110 = load i64, ptr %109, align 16
  %111 = getelementptr inbounds nuw { i64, i64 }, ptr %18, i32 0, i32 1
  %112 = load i64, ptr %111, align 8
  %113 = call { i64, i64 } @ashr128(i64 noundef %110, i64 noundef %112, i32 noundef 70)
  %114 = getelementptr inbounds nuw { i64, i64 }, ptr %19, i32 0, i32 0
  %115 = extractvalue { i64, i64 } %113, 0
  store i64 %115, ptr %114, align 16
  %116 = getelementptr inbounds nuw { i64, i64 }, ptr %19, i32 0, i32 1
  %117 = extractvalue { i64, i64 } %113, 1
  store i64 %117, ptr %116, align 8
  %118 = load i128, ptr %19, align 16
  store i128 %118, ptr %20, align 16
  %119 = getelementptr inbounds nuw { i64, i64 }, ptr %20, i32 0, i32 0
  %120 = load i64, ptr %119, align 16
  %121 = getelementptr inbounds nuw { i64, i64 }, ptr %20, i32 0, i32 1
  %122 = load i64, ptr %121, align 8
  call void @print_u128(ptr noundef @.str.5, i64 noundef %120, i64 noundef %122)
  store i128 -170141183460469231731687303715884105728, ptr %21, align 16
  %123 = getelementptr inbounds nuw { i64, i64 }, ptr %21, i32 0, i32 0
  %124 = load i64, ptr %123, align 16
  %125 = getelementptr inbounds nuw { i64, i64 }, ptr %21, i32 0, i32 1
  %126 = load i64, ptr %125, align 8
  call void @print_u128(ptr noundef @.str.6, i64 noundef %124, i64 noundef %126)
  %127 = call { i64, i64 } @fact(i32 noundef 20)
  %128 = getelementptr inbounds nuw { i64, i64 }, ptr %23, i32 0, i32 0
  %129 = extractvalue { i64, i64 } %127, 0
  store i64 %129, ptr %128, align 16
  %130 = getelementptr inbounds nuw { i64, i64 }, ptr %23, i32 0, i32 1
  %131 = extractvalue { i64, i64 } %127, 1
  store i64 %131, ptr %130, align 8
  %132 = load i128, ptr %23, align 16
  store i128 %132, ptr %22, align 16
  %133 = load i128, ptr %6, align 16
  %134 = icmp slt i128 %133, 0
  %135 = zext i1 %134 to i32
  %136 = load i128, ptr %22, align 16
  %137 = load i128, ptr %6, align 16
  %138 = icmp ugt i128 %136, %137
  %139 = zext i1 %138 to i32
  %140 = mul nsw i32 2, %139
  %141 = add nsw i32 %135, %140
  %142 = load i128, ptr %22, align 16
  %143 = load i128, ptr %6, align 16
  %144 = icmp sgt i128 %142, %143
  %145 = zext i1 %144 to i32
  %146 = mul nsw i32 4, %145
  %147 = add nsw i32 %141, %146
  store i32 %147, ptr %24, align 4
  %148 = load i32, ptr %24, align 4
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %148)
  %150 = load i128, ptr %22, align 16
  %151 = uitofp i128 %150 to double
  store double %151, ptr %25, align 8
  %152 = load double, ptr %25, align 8
  %153 = fptoui double %152 to i128
  store i128 %153, ptr %26, align 16
  %154 = load double, ptr %25, align 8
  %155 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %154)
  %156 = load i128, ptr %26, align 16
  store i128 %156, ptr %27, align 16
  %157 = getelementptr inbounds nuw { i64, i64 }, ptr %27, i32 0, i32 0
  %158 = load i64, ptr %157, align 16
  %159 = getelementptr inbounds nuw { i64, i64 }, ptr %27, i32 0, i32 1
  %160 = load i64, ptr %159, align 8
  call void @print_u128(ptr noundef @.str.9, i64 noundef %158, i64 noundef %160)
  %161 = load i128, ptr %6, align 16
  %162 = call { i64, i64 } @fact(i32 noundef 22)
  %163 = getelementptr inbounds nuw { i64, i64 }, ptr %29, i32 0, i32 0
  %164 = extractvalue { i64, i64 } %162, 0
  store i64 %164, ptr %163, align 16
  %165 = getelementptr inbounds nuw { i64, i64 }, ptr %29, i32 0, i32 1
  %166 = extractvalue { i64, i64 } %162, 1
  store i64 %166, ptr %165, align 8
  %167 = load i128, ptr %29, align 16
  store i128 %161, ptr %30, align 16
  %168 = getelementptr inbounds nuw { i64, i64 }, ptr %30, i32 0, i32 0
  %169 = load i64, ptr %168, align 16
  %170 = getelementptr inbounds nuw { i64, i64 }, ptr %30, i32 0, i32 1
  %171 = load i64, ptr %170, align 8
  store i128 %167, ptr %31, align 16
  %172 = getelementptr inbounds nuw { i64, i64 }, ptr %31, i32 0, i32 0
  %173 = load i64, ptr %172, align 16
  %174 = getelementptr inbounds nuw { i64, i64 }, ptr %31, i32 0, i32 1
  %175 = load i64, ptr %174, align 8
  %176 = call { i64, i64 } @sdiv128(i64 noundef %169, i64 noundef %171, i64 noundef %173, i64 noundef %175)
  %177 = getelementptr inbounds nuw { i64, i64 }, ptr %32, i32 0, i32 0
  %178 = extractvalue { i64, i64 } %176, 0
  store i64 %178, ptr %177, align 16
  %179 = getelementptr inbounds nuw { i64, i64 }, ptr %32, i32 0, i32 1
  %180 = extractvalue { i64, i64 } %176, 1
  store i64 %180, ptr %179, align 8
  %181 = load i128, ptr %32, align 16
  %182 = trunc i128 %181 to i64
  store i64 %182, ptr %28, align 8
  %183 = load i64, ptr %28, align 8
  %184 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i64 noundef %183)
  %185 = load i32, ptr %24, align 4
  ret i32 %185
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @print_u128(ptr noundef %0, i64 noundef %1, i64 noundef %2) #0 {
  %4 = alloca i128, align 16
  %5 = alloca ptr, align 8
  %6 = alloca i128, align 16
  %7 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 0
  store i64 %1, ptr %7, align 16
  %8 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 1
  store i64 %2, ptr %8, align 8
  %9 = load i128, ptr %4, align 16
  store ptr %0, ptr %5, align 8
  store i128 %9, ptr %6, align 16
  %10 = load ptr, ptr %5, align 8
  %11 = load i128, ptr %6, align 16
  %12 = lshr i128 %11, 64
  %13 = trunc i128 %12 to i64
  %14 = load i128, ptr %6, align 16
  %15 = trunc i128 %14 to i64
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %10, i64 noundef %13, i64 noundef %15)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i64 } @mul64x64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %6 = load i64, ptr %4, align 8
  %7 = zext i64 %6 to i128
  %8 = load i64, ptr %5, align 8
  %9 = zext i64 %8 to i128
  %10 = mul i128 %7, %9
  store i128 %10, ptr %3, align 16
  %11 = load { i64, i64 }, ptr %3, align 16
  ret { i64, i64 } %11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i64 } @fact(i32 noundef %0) #0 {
  %2 = alloca i128, align 16
  %3 = alloca i32, align 4
  %4 = alloca i128, align 16
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i128 1, ptr %4, align 16
  store i32 2, ptr %5, align 4
  br label %6

6:                                                ; preds = %15, %1
  %7 = load i32, ptr %5, align 4
  %8 = load i32, ptr %3, align 4
  %9 = icmp sle i32 %7, %8
  br i1 %9, label %10, label %18

10:                                               ; preds = %6
  %11 = load i32, ptr %5, align 4
  %12 = sext i32 %11 to i128
  %13 = load i128, ptr %4, align 16
  %14 = mul i128 %13, %12
  store i128 %14, ptr %4, align 16
  br label %15

15:                                               ; preds = %10
  %16 = load i32, ptr %5, align 4
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %5, align 4
  br label %6, !llvm.loop !6

18:                                               ; preds = %6
  %19 = load i128, ptr %4, align 16
  store i128 %19, ptr %2, align 16
  %20 = load { i64, i64 }, ptr %2, align 16
  ret { i64, i64 } %20
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i64 } @sdiv128(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3) #0 {
  %5 = alloca i128, align 16
  %6 = alloca i128, align 16
  %7 = alloca i128, align 16
  %8 = alloca i128, align 16
  %9 = alloca i128, align 16
  %10 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %10, align 16
  %11 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %11, align 8
  %12 = load i128, ptr %6, align 16
  %13 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %13, align 16
  %14 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %14, align 8
  %15 = load i128, ptr %7, align 16
  store i128 %12, ptr %8, align 16
  store i128 %15, ptr %9, align 16
  %16 = load i128, ptr %8, align 16
  %17 = load i128, ptr %9, align 16
  %18 = sdiv i128 %16, %17
  store i128 %18, ptr %5, align 16
  %19 = load { i64, i64 }, ptr %5, align 16
  ret { i64, i64 } %19
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i64 } @urem128(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3) #0 {
  %5 = alloca i128, align 16
  %6 = alloca i128, align 16
  %7 = alloca i128, align 16
  %8 = alloca i128, align 16
  %9 = alloca i128, align 16
  %10 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %10, align 16
  %11 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %11, align 8
  %12 = load i128, ptr %6, align 16
  %13 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %13, align 16
  %14 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %14, align 8
  %15 = load i128, ptr %7, align 16
  store i128 %12, ptr %8, align 16
  store i128 %15, ptr %9, align 16
  %16 = load i128, ptr %8, align 16
  %17 = load i128, ptr %9, align 16
  %18 = urem i128 %16, %17
  store i128 %18, ptr %5, align 16
  %19 = load { i64, i64 }, ptr %5, align 16
  ret { i64, i64 } %19
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i64 } @ashr128(i64 noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i128, align 16
  %5 = alloca i128, align 16
  %6 = alloca i128, align 16
  %7 = alloca i32, align 4
  %8 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  store i64 %0, ptr %8, align 16
  %9 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  store i64 %1, ptr %9, align 8
  %10 = load i128, ptr %5, align 16
  store i128 %10, ptr %6, align 16
  store i32 %2, ptr %7, align 4
  %11 = load i128, ptr %6, align 16
  %12 = load i32, ptr %7, align 4
  %13 = zext i32 %12 to i128
  %14 = ashr i128 %11, %13
  store i128 %14, ptr %4, align 16
  %15 = load { i64, i64 }, ptr %4, align 16
  ret { i64, i64 } %15
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
