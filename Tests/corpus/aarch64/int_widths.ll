; ModuleID = 'int_widths.c'
source_filename = "int_widths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [17 x i8] c"sc_add %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"uc_add %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"s_mul %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"us_mul %u %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"i_ops %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"u_ops %u %u\0A\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"l_ops %ld %ld\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"ul_ops %lu\0A\00", align 1
@.str.8 = private unnamed_addr constant [18 x i8] c"ll_ops %lld %lld\0A\00", align 1
@.str.9 = private unnamed_addr constant [19 x i8] c"ull_ops %llu %llu\0A\00", align 1
@.str.10 = private unnamed_addr constant [20 x i8] c"wrap %u %u %u %llu\0A\00", align 1
@.str.11 = private unnamed_addr constant [15 x i8] c"wrap2 %u %llu\0A\00", align 1
@.str.12 = private unnamed_addr constant [19 x i8] c"trunc %d %d %d %u\0A\00", align 1
@.str.13 = private unnamed_addr constant [21 x i8] c"ext %u %d %lld %llu\0A\00", align 1
@.str.14 = private unnamed_addr constant [17 x i8] c"cmp %d %d %d %d\0A\00", align 1
@.str.15 = private unnamed_addr constant [8 x i8] c"acc %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i8, align 1
  %4 = alloca i16, align 2
  %5 = alloca i16, align 2
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i8, align 1
  %13 = alloca i16, align 2
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i8, align 1
  %18 = alloca i16, align 2
  %19 = alloca i32, align 4
  %20 = alloca i8, align 1
  %21 = alloca i8, align 1
  %22 = alloca i16, align 2
  %23 = alloca i32, align 4
  %24 = alloca i64, align 8
  %25 = alloca i64, align 8
  %26 = alloca i32, align 4
  %27 = alloca i32, align 4
  %28 = alloca i32, align 4
  %29 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i8 100, ptr %2, align 1
  store i8 -56, ptr %3, align 1
  store i16 -30000, ptr %4, align 2
  store i16 -536, ptr %5, align 2
  store i32 -123456, ptr %6, align 4
  store i32 -294967296, ptr %7, align 4
  store i64 -1000000, ptr %8, align 8
  store i64 3000000000, ptr %9, align 8
  store i64 -9000000000000, ptr %10, align 8
  store i64 -446744073709551616, ptr %11, align 8
  %30 = load i8, ptr %2, align 1
  %31 = call i8 @sc_add(i8 noundef %30, i8 noundef 27)
  %32 = sext i8 %31 to i32
  %33 = load i8, ptr %2, align 1
  %34 = call i8 @sc_add(i8 noundef %33, i8 noundef 28)
  %35 = sext i8 %34 to i32
  %36 = call i8 @sc_add(i8 noundef -128, i8 noundef -1)
  %37 = sext i8 %36 to i32
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %32, i32 noundef %35, i32 noundef %37)
  %39 = load i8, ptr %3, align 1
  %40 = call i8 @uc_add(i8 noundef %39, i8 noundef 55)
  %41 = zext i8 %40 to i32
  %42 = load i8, ptr %3, align 1
  %43 = call i8 @uc_add(i8 noundef %42, i8 noundef 56)
  %44 = zext i8 %43 to i32
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %41, i32 noundef %44)
  %46 = call i16 @s_mul(i16 noundef 300, i16 noundef 200)
  %47 = sext i16 %46 to i32
  %48 = call i16 @s_mul(i16 noundef -181, i16 noundef 181)
  %49 = sext i16 %48 to i32
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %47, i32 noundef %49)
  %51 = load i16, ptr %5, align 2
  %52 = call i16 @us_mul(i16 noundef %51, i16 noundef 2)
  %53 = zext i16 %52 to i32
  %54 = call i16 @us_mul(i16 noundef 255, i16 noundef 257)
  %55 = zext i16 %54 to i32
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %53, i32 noundef %55)
  %57 = load i32, ptr %6, align 4
  %58 = call i32 @i_ops(i32 noundef %57, i32 noundef 77)
  %59 = call i32 @i_ops(i32 noundef 1000, i32 noundef -1000)
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %58, i32 noundef %59)
  %61 = load i32, ptr %7, align 4
  %62 = call i32 @u_ops(i32 noundef %61, i32 noundef 1)
  %63 = call i32 @u_ops(i32 noundef 0, i32 noundef 0)
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %62, i32 noundef %63)
  %65 = load i64, ptr %8, align 8
  %66 = call i64 @l_ops(i64 noundef %65, i64 noundef 10)
  %67 = call i64 @l_ops(i64 noundef 123, i64 noundef -456)
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %66, i64 noundef %67)
  %69 = load i64, ptr %9, align 8
  %70 = call i64 @ul_ops(i64 noundef %69)
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %70)
  %72 = load i64, ptr %10, align 8
  %73 = call i64 @ll_ops(i64 noundef %72, i64 noundef 3)
  %74 = call i64 @ll_ops(i64 noundef -5, i64 noundef 1000000007)
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %73, i64 noundef %74)
  %76 = load i64, ptr %11, align 8
  %77 = call i64 @ull_ops(i64 noundef %76, i64 noundef 3)
  %78 = call i64 @ull_ops(i64 noundef 1, i64 noundef 0)
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %77, i64 noundef %78)
  store i8 0, ptr %12, align 1
  %80 = load i8, ptr %12, align 1
  %81 = add i8 %80, -1
  store i8 %81, ptr %12, align 1
  store i16 0, ptr %13, align 2
  %82 = load i16, ptr %13, align 2
  %83 = add i16 %82, -1
  store i16 %83, ptr %13, align 2
  store i32 0, ptr %14, align 4
  %84 = load i32, ptr %14, align 4
  %85 = add i32 %84, -1
  store i32 %85, ptr %14, align 4
  store i64 0, ptr %15, align 8
  %86 = load i64, ptr %15, align 8
  %87 = add i64 %86, -1
  store i64 %87, ptr %15, align 8
  %88 = load i8, ptr %12, align 1
  %89 = zext i8 %88 to i32
  %90 = load i16, ptr %13, align 2
  %91 = zext i16 %90 to i32
  %92 = load i32, ptr %14, align 4
  %93 = load i64, ptr %15, align 8
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %89, i32 noundef %91, i32 noundef %92, i64 noundef %93)
  store i32 -1, ptr %14, align 4
  %95 = load i32, ptr %14, align 4
  %96 = add i32 %95, 2
  store i32 %96, ptr %14, align 4
  store i64 -1, ptr %15, align 8
  %97 = load i64, ptr %15, align 8
  %98 = mul i64 %97, 3
  store i64 %98, ptr %15, align 8
  %99 = load i32, ptr %14, align 4
  %100 = load i64, ptr %15, align 8
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %99, i64 noundef %100)
  store i64 81985529216486895, ptr %16, align 8
  %102 = load i64, ptr %16, align 8
  %103 = trunc i64 %102 to i8
  store i8 %103, ptr %17, align 1
  %104 = load i64, ptr %16, align 8
  %105 = trunc i64 %104 to i16
  store i16 %105, ptr %18, align 2
  %106 = load i64, ptr %16, align 8
  %107 = trunc i64 %106 to i32
  store i32 %107, ptr %19, align 4
  %108 = load i64, ptr %16, align 8
  %109 = ashr i64 %108, 8
  %110 = trunc i64 %109 to i8
  store i8 %110, ptr %20, align 1
  %111 = load i8, ptr %17, align 1
  %112 = sext i8 %111 to i32
  %113 = load i16, ptr %18, align 2
  %114 = sext i16 %113 to i32
  %115 = load i32, ptr %19, align 4
  %116 = load i8, ptr %20, align 1
  %117 = zext i8 %116 to i32
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %112, i32 noundef %114, i32 noundef %115, i32 noundef %117)
  store i8 -5, ptr %21, align 1
  %119 = load i8, ptr %21, align 1
  %120 = zext i8 %119 to i16
  store i16 %120, ptr %22, align 2
  %121 = load i8, ptr %21, align 1
  %122 = sext i8 %121 to i32
  store i32 %122, ptr %23, align 4
  %123 = load i8, ptr %21, align 1
  %124 = sext i8 %123 to i64
  store i64 %124, ptr %24, align 8
  %125 = load i32, ptr %23, align 4
  %126 = zext i32 %125 to i64
  store i64 %126, ptr %25, align 8
  %127 = load i16, ptr %22, align 2
  %128 = zext i16 %127 to i32
  %129 = load i32, ptr %23, align 4
  %130 = load i64, ptr %24, align 8
  %131 = load i64, ptr %25, align 8
  %132 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %128, i32 noundef %129, i64 noundef %130, i64 noundef %131)
  store i32 -1, ptr %26, align 4
  store i32 1, ptr %27, align 4
  %133 = load i32, ptr %26, align 4
  %134 = load i32, ptr %27, align 4
  %135 = icmp ugt i32 %133, %134
  %136 = zext i1 %135 to i32
  %137 = load i32, ptr %26, align 4
  %138 = load i32, ptr %27, align 4
  %139 = icmp slt i32 %137, %138
  %140 = zext i1 %139 to i32
  %141 = load i32, ptr %26, align 4
  %142 = sext i32 %141 to i64
  %143 = load i32, ptr %27, align 4
  %144 = zext i32 %143 to i64
  %145 = icmp slt i64 %142, %144
  %146 = zext i1 %145 to i32
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %136, i32 noundef %140, i32 noundef 1, i32 noundef %146)
  store i32 0, ptr %28, align 4
  store i32 -5, ptr %29, align 4
  br label %148

148:                                              ; preds = %202, %0
  %149 = load i32, ptr %29, align 4
  %150 = icmp sle i32 %149, 5
  br i1 %150, label %151, label %205

151:                                              ; preds = %148
  %152 = load i32, ptr %29, align 4
  %153 = icmp slt i32 %152, 0
  %154 = zext i1 %153 to i32
  %155 = load i32, ptr %29, align 4
  %156 = icmp sle i32 %155, 0
  %157 = zext i1 %156 to i32
  %158 = mul nsw i32 2, %157
  %159 = add nsw i32 %154, %158
  %160 = load i32, ptr %29, align 4
  %161 = icmp sgt i32 %160, 0
  %162 = zext i1 %161 to i32
  %163 = mul nsw i32 4, %162
  %164 = add nsw i32 %159, %163
  %165 = load i32, ptr %29, align 4
  %166 = icmp sge i32 %165, 0
  %167 = zext i1 %166 to i32
  %168 = mul nsw i32 8, %167
  %169 = add nsw i32 %164, %168
  %170 = load i32, ptr %29, align 4
  %171 = icmp eq i32 %170, 0
  %172 = zext i1 %171 to i32
  %173 = mul nsw i32 16, %172
  %174 = add nsw i32 %169, %173
  %175 = load i32, ptr %29, align 4
  %176 = icmp ne i32 %175, 0
  %177 = zext i1 %176 to i32
  %178 = mul nsw i32 32, %177
  %179 = add nsw i32 %174, %178
  %180 = load i32, ptr %28, align 4
  %181 = add nsw i32 %180, %179
  store i32 %181, ptr %28, align 4
  %182 = load i32, ptr %29, align 4
  %183 = icmp ult i32 %182, 3
  %184 = zext i1 %183 to i32
  %185 = load i32, ptr %29, align 4
  %186 = icmp ule i32 %185, 3
  %187 = zext i1 %186 to i32
  %188 = mul nsw i32 2, %187
  %189 = add nsw i32 %184, %188
  %190 = load i32, ptr %29, align 4
  %191 = icmp ugt i32 %190, 3
  %192 = zext i1 %191 to i32
  %193 = mul nsw i32 4, %192
  %194 = add nsw i32 %189, %193
  %195 = load i32, ptr %29, align 4
  %196 = icmp uge i32 %195, 3
  %197 = zext i1 %196 to i32
  %198 = mul nsw i32 8, %197
  %199 = add nsw i32 %194, %198
  %200 = load i32, ptr %28, align 4
  %201 = add nsw i32 %200, %199
  store i32 %201, ptr %28, align 4
  br label %202

202:                                              ; preds = %151
  %203 = load i32, ptr %29, align 4
  %204 = add nsw i32 %203, 1
  store i32 %204, ptr %29, align 4
  br label %148, !llvm.loop !6

205:                                              ; preds = %148
  %206 = load i32, ptr %28, align 4
  %207 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %206)
  %208 = load i32, ptr %28, align 4
  %209 = srem i32 %208, 7
  ret i32 %209
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i8 @sc_add(i8 noundef %0, i8 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i8 @uc_add(i8 noundef %0, i8 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i16 @s_mul(i16 noundef %0, i16 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = mul nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i16 @us_mul(i16 noundef %0, i16 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @i_ops(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = mul nsw i32 %5, 3
  %7 = load i32, ptr %4, align 4
  %8 = sub nsw i32 %6, %7
  %9 = load i32, ptr %3, align 4
  %10 = load i32, ptr %4, align 4
  %11 = xor i32 %9, %10
  %12 = add nsw i32 %8, %11
  %13 = load i32, ptr %3, align 4
  %14 = load i32, ptr %4, align 4
  %15 = and i32 %13, %14
  %16 = sub nsw i32 %12, %15
  %17 = load i32, ptr %3, align 4
  %18 = or i32 %17, 7
  %19 = add nsw i32 %16, %18
  ret i32 %19
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @u_ops(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = mul i32 %5, -1640531535
  %7 = load i32, ptr %4, align 4
  %8 = add i32 %6, %7
  %9 = sub i32 %8, 12345
  ret i32 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @l_ops(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = mul nsw i64 %5, 7
  %7 = load i64, ptr %4, align 8
  %8 = sdiv i64 %7, 3
  %9 = sub nsw i64 %6, %8
  ret i64 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @ul_ops(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = mul i64 %3, 31
  %5 = and i64 %4, 4294967295
  ret i64 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @ll_ops(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = mul nsw i64 %5, %6
  %8 = load i64, ptr %3, align 8
  %9 = mul nsw i64 %8, 8
  %10 = sub nsw i64 %7, %9
  %11 = load i64, ptr %4, align 8
  %12 = ashr i64 %11, 2
  %13 = add nsw i64 %10, %12
  ret i64 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @ull_ops(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = mul i64 %5, %6
  %8 = load i64, ptr %3, align 8
  %9 = xor i64 %8, -1
  %10 = add i64 %7, %9
  %11 = load i64, ptr %4, align 8
  %12 = xor i64 %11, -2401053089206453570
  %13 = sub i64 %10, %12
  ret i64 %13
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
