; ModuleID = 'bitfields.c'
source_filename = "bitfields.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.P24 = type { [3 x i8], i8 }
%struct.P48 = type { [6 x i8], i16 }
%struct.P56 = type { [7 x i8], i8 }
%struct.P72 = type <{ [5 x i8], i32 }>
%struct.P120 = type { [15 x i8], i8 }
%struct.Q = type { i64, i32 }
%struct.Mixed = type { i8, [3 x i8], [9 x i8] }
%struct.P80 = type { [10 x i8] }
%struct.P96 = type { [12 x i8] }
%struct.P104 = type { [13 x i8] }
%struct.P112 = type { [14 x i8] }
%struct.P136 = type { [17 x i8] }
%struct.P160 = type { [20 x i8] }
%struct.P40 = type { [5 x i8], i8 }

@.str = private unnamed_addr constant [21 x i8] c"A %u %u %u %d %u %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"A' %u %u %u %d %u %d\0A\00", align 1
@__const.main.p24 = private unnamed_addr constant { i8, i8, i8, i8 } { i8 -1, i8 31, i8 -128, i8 9 }, align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"P24 %u %u %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"P40 %llx %llx %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"P40' %llx\0A\00", align 1
@__const.main.p48 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i16 } { i8 -1, i8 -1, i8 1, i8 108, i8 -54, i8 -120, i16 -3 }, align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"P48 %llx %lld %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"P56 %llx %llx %c\0A\00", align 1
@__const.main.p72 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1 }, align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"P72 %llx\0A\00", align 1
@__const.main.p120 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 31, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 -128, i8 -1 }, align 1
@.str.8 = private unnamed_addr constant [19 x i8] c"P120 %llx %lld %d\0A\00", align 1
@__const.main.q = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, [4 x i8] } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 127, i8 0, i8 0, i8 -8, i8 -1, [4 x i8] zeroinitializer }, align 8
@.str.9 = private unnamed_addr constant [19 x i8] c"Q %llx %llx %d %u\0A\00", align 1
@__const.main.m = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -5, i8 -2, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -85, i8 -86, i8 -86 }, align 1
@.str.10 = private unnamed_addr constant [26 x i8] c"Mixed %d %u %u %llx %llx\0A\00", align 1
@__const.main.p80 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -81, i8 -119, i8 103, i8 69, i8 35, i8 1 }, align 1
@__const.main.p96 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 31, i8 0, i8 0, i8 0, i8 0, i8 0, i8 -8 }, align 1
@__const.main.p104 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 31, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0 }, align 1
@__const.main.p112 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -97, i8 21, i8 -115, i8 4, i8 -68, i8 55, i8 -81, i8 2 }, align 1
@__const.main.p136 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 15, i8 111, i8 94, i8 77, i8 60, i8 43, i8 26, i8 9, i8 -64, i8 -69 }, align 1
@__const.main.p160 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 1, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 64, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 12, i8 0, i8 0, i8 0, i8 0 }, align 1
@.str.11 = private unnamed_addr constant [29 x i8] c"P80 %llx %llx P96 %llx %lld\0A\00", align 1
@.str.12 = private unnamed_addr constant [31 x i8] c"P104 %llx %llx P112 %llx %llx\0A\00", align 1
@.str.13 = private unnamed_addr constant [39 x i8] c"P136 %llx %llx %x P160 %llx %llx %llx\0A\00", align 1
@.str.14 = private unnamed_addr constant [11 x i8] c"loop %llx\0A\00", align 1
@ga = internal global { i8, i8, i8, i8 } { i8 -115, i8 100, i8 -100, i8 -99 }, align 4
@gp40 = internal global { i8, i8, i8, i8, i8, i8 } { i8 -34, i8 -68, i8 90, i8 52, i8 18, i8 7 }, align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.P24, align 1
  %3 = alloca %struct.P48, align 1
  %4 = alloca %struct.P56, align 1
  %5 = alloca %struct.P72, align 1
  %6 = alloca %struct.P120, align 1
  %7 = alloca %struct.Q, align 8
  %8 = alloca %struct.Mixed, align 1
  %9 = alloca %struct.P80, align 1
  %10 = alloca %struct.P96, align 1
  %11 = alloca %struct.P104, align 1
  %12 = alloca %struct.P112, align 1
  %13 = alloca %struct.P136, align 1
  %14 = alloca %struct.P160, align 1
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %18 = load i32, ptr @ga, align 4
  %19 = and i32 %18, 7
  %20 = load i32, ptr @ga, align 4
  %21 = lshr i32 %20, 3
  %22 = and i32 %21, 31
  %23 = load i32, ptr @ga, align 4
  %24 = lshr i32 %23, 8
  %25 = and i32 %24, 127
  %26 = load i32, ptr @ga, align 4
  %27 = shl i32 %26, 8
  %28 = ashr i32 %27, 23
  %29 = load i32, ptr @ga, align 4
  %30 = lshr i32 %29, 24
  %31 = and i32 %30, 1
  %32 = load i32, ptr @ga, align 4
  %33 = ashr i32 %32, 25
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %19, i32 noundef %22, i32 noundef %25, i32 noundef %28, i32 noundef %31, i32 noundef %33)
  %35 = load i32, ptr @ga, align 4
  %36 = and i32 %35, 7
  %37 = add nsw i32 %36, 4
  %38 = load i32, ptr @ga, align 4
  %39 = and i32 %37, 7
  %40 = and i32 %38, -8
  %41 = or i32 %40, %39
  store i32 %41, ptr @ga, align 4
  %42 = load i32, ptr @ga, align 4
  %43 = lshr i32 %42, 3
  %44 = and i32 %43, 31
  %45 = mul nsw i32 %44, 3
  %46 = load i32, ptr @ga, align 4
  %47 = and i32 %45, 31
  %48 = shl i32 %47, 3
  %49 = and i32 %46, -249
  %50 = or i32 %49, %48
  store i32 %50, ptr @ga, align 4
  %51 = load i32, ptr @ga, align 4
  %52 = and i32 %51, -32513
  %53 = or i32 %52, 32512
  store i32 %53, ptr @ga, align 4
  %54 = load i32, ptr @ga, align 4
  %55 = shl i32 %54, 8
  %56 = ashr i32 %55, 23
  %57 = sub nsw i32 %56, 100
  %58 = load i32, ptr @ga, align 4
  %59 = and i32 %57, 511
  %60 = shl i32 %59, 15
  %61 = and i32 %58, -16744449
  %62 = or i32 %61, %60
  store i32 %62, ptr @ga, align 4
  %63 = shl i32 %59, 23
  %64 = ashr i32 %63, 23
  %65 = load i32, ptr @ga, align 4
  %66 = lshr i32 %65, 24
  %67 = and i32 %66, 1
  %68 = icmp ne i32 %67, 0
  %69 = xor i1 %68, true
  %70 = zext i1 %69 to i32
  %71 = load i32, ptr @ga, align 4
  %72 = and i32 %70, 1
  %73 = shl i32 %72, 24
  %74 = and i32 %71, -16777217
  %75 = or i32 %74, %73
  store i32 %75, ptr @ga, align 4
  %76 = load i32, ptr @ga, align 4
  %77 = and i32 %76, 33554431
  %78 = or i32 %77, -2147483648
  store i32 %78, ptr @ga, align 4
  %79 = load i32, ptr @ga, align 4
  %80 = and i32 %79, 7
  %81 = load i32, ptr @ga, align 4
  %82 = lshr i32 %81, 3
  %83 = and i32 %82, 31
  %84 = load i32, ptr @ga, align 4
  %85 = lshr i32 %84, 8
  %86 = and i32 %85, 127
  %87 = load i32, ptr @ga, align 4
  %88 = shl i32 %87, 8
  %89 = ashr i32 %88, 23
  %90 = load i32, ptr @ga, align 4
  %91 = lshr i32 %90, 24
  %92 = and i32 %91, 1
  %93 = load i32, ptr @ga, align 4
  %94 = ashr i32 %93, 25
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %80, i32 noundef %83, i32 noundef %86, i32 noundef %89, i32 noundef %92, i32 noundef %94)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %2, ptr align 1 @__const.main.p24, i32 4, i1 false)
  %96 = load i24, ptr %2, align 1
  %97 = and i24 %96, 4095
  %98 = zext i24 %97 to i32
  %99 = xor i32 %98, 1365
  %100 = trunc i32 %99 to i24
  %101 = load i24, ptr %2, align 1
  %102 = and i24 %100, 4095
  %103 = and i24 %101, -4096
  %104 = or i24 %103, %102
  store i24 %104, ptr %2, align 1
  %105 = zext i24 %102 to i32
  %106 = load i24, ptr %2, align 1
  %107 = and i24 %106, 4095
  %108 = zext i24 %107 to i32
  %109 = load i24, ptr %2, align 1
  %110 = lshr i24 %109, 12
  %111 = zext i24 %110 to i32
  %112 = getelementptr inbounds nuw %struct.P24, ptr %2, i32 0, i32 1
  %113 = load i8, ptr %112, align 1
  %114 = zext i8 %113 to i32
  %115 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %108, i32 noundef %111, i32 noundef %114)
  %116 = load i40, ptr @gp40, align 1
  %117 = and i40 %116, 1048575
  %118 = zext i40 %117 to i64
  %119 = load i40, ptr @gp40, align 1
  %120 = lshr i40 %119, 20
  %121 = zext i40 %120 to i64
  %122 = load i8, ptr getelementptr inbounds nuw (%struct.P40, ptr @gp40, i32 0, i32 1), align 1
  %123 = zext i8 %122 to i32
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %118, i64 noundef %121, i32 noundef %123)
  %125 = load i40, ptr @gp40, align 1
  %126 = lshr i40 %125, 20
  %127 = zext i40 %126 to i64
  %128 = trunc i64 %127 to i32
  %129 = add nsw i32 %128, 1048575
  %130 = sext i32 %129 to i64
  %131 = trunc i64 %130 to i40
  %132 = load i40, ptr @gp40, align 1
  %133 = and i40 %131, 1048575
  %134 = shl i40 %133, 20
  %135 = and i40 %132, 1048575
  %136 = or i40 %135, %134
  store i40 %136, ptr @gp40, align 1
  %137 = zext i40 %133 to i64
  %138 = load i40, ptr @gp40, align 1
  %139 = lshr i40 %138, 20
  %140 = zext i40 %139 to i64
  %141 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %140)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %3, ptr align 1 @__const.main.p48, i32 8, i1 false)
  %142 = load i48, ptr %3, align 1
  %143 = ashr i48 %142, 17
  %144 = sext i48 %143 to i64
  %145 = trunc i64 %144 to i32
  %146 = ashr i32 %145, 3
  %147 = sext i32 %146 to i64
  %148 = trunc i64 %147 to i48
  %149 = load i48, ptr %3, align 1
  %150 = and i48 %148, 2147483647
  %151 = shl i48 %150, 17
  %152 = and i48 %149, 131071
  %153 = or i48 %152, %151
  store i48 %153, ptr %3, align 1
  %154 = shl i48 %150, 17
  %155 = ashr i48 %154, 17
  %156 = sext i48 %155 to i64
  %157 = load i48, ptr %3, align 1
  %158 = and i48 %157, 131071
  %159 = zext i48 %158 to i64
  %160 = load i48, ptr %3, align 1
  %161 = ashr i48 %160, 17
  %162 = sext i48 %161 to i64
  %163 = getelementptr inbounds nuw %struct.P48, ptr %3, i32 0, i32 1
  %164 = load i16, ptr %163, align 1
  %165 = sext i16 %164 to i32
  %166 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %159, i64 noundef %162, i32 noundef %165)
  call void @make_p56(ptr dead_on_unwind writable sret(%struct.P56) align 1 %4, i64 noundef 268435455, i64 noundef 19088743)
  %167 = load i56, ptr %4, align 1
  %168 = and i56 %167, 268435455
  %169 = zext i56 %168 to i64
  %170 = add i64 %169, 1
  %171 = trunc i64 %170 to i56
  %172 = load i56, ptr %4, align 1
  %173 = and i56 %171, 268435455
  %174 = and i56 %172, -268435456
  %175 = or i56 %174, %173
  store i56 %175, ptr %4, align 1
  %176 = zext i56 %173 to i64
  %177 = load i56, ptr %4, align 1
  %178 = and i56 %177, 268435455
  %179 = zext i56 %178 to i64
  %180 = load i56, ptr %4, align 1
  %181 = lshr i56 %180, 28
  %182 = zext i56 %181 to i64
  %183 = getelementptr inbounds nuw %struct.P56, ptr %4, i32 0, i32 1
  %184 = load i8, ptr %183, align 1
  %185 = sext i8 %184 to i32
  %186 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %179, i64 noundef %182, i32 noundef %185)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %5, ptr align 1 @__const.main.p72, i32 9, i1 false)
  %187 = call i64 @sum_p72(ptr noundef byval(%struct.P72) align 1 %5)
  %188 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %187)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %6, ptr align 1 @__const.main.p120, i32 16, i1 false)
  %189 = load i120, ptr %6, align 1
  %190 = ashr i120 %189, 60
  %191 = trunc i120 %190 to i64
  %192 = sdiv i64 %191, 2
  %193 = add nsw i64 %192, 3
  %194 = zext i64 %193 to i120
  %195 = load i120, ptr %6, align 1
  %196 = and i120 %194, 1152921504606846975
  %197 = shl i120 %196, 60
  %198 = and i120 %195, 1152921504606846975
  %199 = or i120 %198, %197
  store i120 %199, ptr %6, align 1
  %200 = shl i120 %196, 60
  %201 = ashr i120 %200, 60
  %202 = trunc i120 %201 to i64
  %203 = load i120, ptr %6, align 1
  %204 = and i120 %203, 1152921504606846975
  %205 = trunc i120 %204 to i64
  %206 = shl i64 %205, 4
  %207 = zext i64 %206 to i120
  %208 = load i120, ptr %6, align 1
  %209 = and i120 %207, 1152921504606846975
  %210 = and i120 %208, -1152921504606846976
  %211 = or i120 %210, %209
  store i120 %211, ptr %6, align 1
  %212 = trunc i120 %209 to i64
  %213 = load i120, ptr %6, align 1
  %214 = and i120 %213, 1152921504606846975
  %215 = trunc i120 %214 to i64
  %216 = load i120, ptr %6, align 1
  %217 = ashr i120 %216, 60
  %218 = trunc i120 %217 to i64
  %219 = getelementptr inbounds nuw %struct.P120, ptr %6, i32 0, i32 1
  %220 = load i8, ptr %219, align 1
  %221 = sext i8 %220 to i32
  %222 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %215, i64 noundef %218, i32 noundef %221)
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %7, ptr align 8 @__const.main.q, i32 16, i1 false)
  %223 = load i64, ptr %7, align 8
  %224 = and i64 %223, 8589934591
  %225 = sub i64 %224, 1
  %226 = load i64, ptr %7, align 8
  %227 = and i64 %225, 8589934591
  %228 = and i64 %226, -8589934592
  %229 = or i64 %228, %227
  store i64 %229, ptr %7, align 8
  %230 = getelementptr inbounds nuw %struct.Q, ptr %7, i32 0, i32 1
  %231 = load i32, ptr %230, align 8
  %232 = shl i32 %231, 12
  %233 = ashr i32 %232, 12
  %234 = add nsw i32 %233, 1
  %235 = getelementptr inbounds nuw %struct.Q, ptr %7, i32 0, i32 1
  %236 = load i32, ptr %235, align 8
  %237 = and i32 %234, 1048575
  %238 = and i32 %236, -1048576
  %239 = or i32 %238, %237
  store i32 %239, ptr %235, align 8
  %240 = shl i32 %237, 12
  %241 = ashr i32 %240, 12
  %242 = getelementptr inbounds nuw %struct.Q, ptr %7, i32 0, i32 1
  %243 = load i32, ptr %242, align 8
  %244 = lshr i32 %243, 20
  %245 = add nsw i32 %244, 1
  %246 = getelementptr inbounds nuw %struct.Q, ptr %7, i32 0, i32 1
  %247 = load i32, ptr %246, align 8
  %248 = and i32 %245, 4095
  %249 = shl i32 %248, 20
  %250 = and i32 %247, 1048575
  %251 = or i32 %250, %249
  store i32 %251, ptr %246, align 8
  %252 = load i64, ptr %7, align 8
  %253 = and i64 %252, 8589934591
  %254 = load i64, ptr %7, align 8
  %255 = lshr i64 %254, 33
  %256 = and i64 %255, 1073741823
  %257 = getelementptr inbounds nuw %struct.Q, ptr %7, i32 0, i32 1
  %258 = load i32, ptr %257, align 8
  %259 = shl i32 %258, 12
  %260 = ashr i32 %259, 12
  %261 = getelementptr inbounds nuw %struct.Q, ptr %7, i32 0, i32 1
  %262 = load i32, ptr %261, align 8
  %263 = lshr i32 %262, 20
  %264 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %253, i64 noundef %256, i32 noundef %260, i32 noundef %263)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %8, ptr align 1 @__const.main.m, i32 13, i1 false)
  %265 = getelementptr inbounds nuw %struct.Mixed, ptr %8, i32 0, i32 2
  %266 = load i72, ptr %265, align 1
  %267 = and i72 %266, 1125899906842623
  %268 = trunc i72 %267 to i64
  %269 = xor i64 %268, 5726623061
  %270 = zext i64 %269 to i72
  %271 = load i72, ptr %265, align 1
  %272 = and i72 %270, 1125899906842623
  %273 = and i72 %271, -1125899906842624
  %274 = or i72 %273, %272
  store i72 %274, ptr %265, align 1
  %275 = trunc i72 %272 to i64
  %276 = getelementptr inbounds nuw %struct.Mixed, ptr %8, i32 0, i32 2
  %277 = load i72, ptr %276, align 1
  %278 = lshr i72 %277, 50
  %279 = trunc i72 %278 to i64
  %280 = trunc i64 %279 to i32
  %281 = ashr i32 %280, 1
  %282 = sext i32 %281 to i64
  %283 = getelementptr inbounds nuw %struct.Mixed, ptr %8, i32 0, i32 2
  %284 = zext i64 %282 to i72
  %285 = load i72, ptr %283, align 1
  %286 = and i72 %284, 4194303
  %287 = shl i72 %286, 50
  %288 = and i72 %285, 1125899906842623
  %289 = or i72 %288, %287
  store i72 %289, ptr %283, align 1
  %290 = trunc i72 %286 to i64
  %291 = getelementptr inbounds nuw %struct.Mixed, ptr %8, i32 0, i32 0
  %292 = load i8, ptr %291, align 1
  %293 = sext i8 %292 to i32
  %294 = getelementptr inbounds nuw %struct.Mixed, ptr %8, i32 0, i32 1
  %295 = load i24, ptr %294, align 1
  %296 = and i24 %295, 7
  %297 = zext i24 %296 to i32
  %298 = getelementptr inbounds nuw %struct.Mixed, ptr %8, i32 0, i32 1
  %299 = load i24, ptr %298, align 1
  %300 = lshr i24 %299, 3
  %301 = zext i24 %300 to i32
  %302 = getelementptr inbounds nuw %struct.Mixed, ptr %8, i32 0, i32 2
  %303 = load i72, ptr %302, align 1
  %304 = and i72 %303, 1125899906842623
  %305 = trunc i72 %304 to i64
  %306 = getelementptr inbounds nuw %struct.Mixed, ptr %8, i32 0, i32 2
  %307 = load i72, ptr %306, align 1
  %308 = lshr i72 %307, 50
  %309 = trunc i72 %308 to i64
  %310 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %293, i32 noundef %297, i32 noundef %301, i64 noundef %305, i64 noundef %309)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %9, ptr align 1 @__const.main.p80, i32 10, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %10, ptr align 1 @__const.main.p96, i32 12, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %11, ptr align 1 @__const.main.p104, i32 13, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %12, ptr align 1 @__const.main.p112, i32 14, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %13, ptr align 1 @__const.main.p136, i32 17, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %14, ptr align 1 @__const.main.p160, i32 20, i1 false)
  store i32 0, ptr %15, align 4
  br label %311

311:                                              ; preds = %500, %0
  %312 = load i32, ptr %15, align 4
  %313 = icmp slt i32 %312, 5
  br i1 %313, label %314, label %503

314:                                              ; preds = %311
  %315 = load i80, ptr %9, align 1
  %316 = lshr i80 %315, 36
  %317 = trunc i80 %316 to i64
  %318 = load i80, ptr %9, align 1
  %319 = and i80 %318, 68719476735
  %320 = trunc i80 %319 to i64
  %321 = add i64 %320, %317
  %322 = zext i64 %321 to i80
  %323 = load i80, ptr %9, align 1
  %324 = and i80 %322, 68719476735
  %325 = and i80 %323, -68719476736
  %326 = or i80 %325, %324
  store i80 %326, ptr %9, align 1
  %327 = trunc i80 %324 to i64
  %328 = load i80, ptr %9, align 1
  %329 = and i80 %328, 68719476735
  %330 = trunc i80 %329 to i64
  %331 = shl i64 %330, 3
  %332 = load i80, ptr %9, align 1
  %333 = lshr i80 %332, 36
  %334 = trunc i80 %333 to i64
  %335 = xor i64 %334, %331
  %336 = zext i64 %335 to i80
  %337 = load i80, ptr %9, align 1
  %338 = and i80 %336, 17592186044415
  %339 = shl i80 %338, 36
  %340 = and i80 %337, 68719476735
  %341 = or i80 %340, %339
  store i80 %341, ptr %9, align 1
  %342 = trunc i80 %338 to i64
  %343 = load i96, ptr %10, align 1
  %344 = and i96 %343, 17592186044415
  %345 = trunc i96 %344 to i64
  %346 = sub i64 %345, 12345
  %347 = zext i64 %346 to i96
  %348 = load i96, ptr %10, align 1
  %349 = and i96 %347, 17592186044415
  %350 = and i96 %348, -17592186044416
  %351 = or i96 %350, %349
  store i96 %351, ptr %10, align 1
  %352 = trunc i96 %349 to i64
  %353 = load i96, ptr %10, align 1
  %354 = ashr i96 %353, 44
  %355 = trunc i96 %354 to i64
  %356 = sdiv i64 %355, 3
  %357 = load i32, ptr %15, align 4
  %358 = sext i32 %357 to i64
  %359 = add nsw i64 %356, %358
  %360 = zext i64 %359 to i96
  %361 = load i96, ptr %10, align 1
  %362 = and i96 %360, 4503599627370495
  %363 = shl i96 %362, 44
  %364 = and i96 %361, 17592186044415
  %365 = or i96 %364, %363
  store i96 %365, ptr %10, align 1
  %366 = shl i96 %362, 44
  %367 = ashr i96 %366, 44
  %368 = trunc i96 %367 to i64
  %369 = load i104, ptr %11, align 1
  %370 = lshr i104 %369, 52
  %371 = trunc i104 %370 to i64
  %372 = mul i64 %371, 5
  %373 = load i104, ptr %11, align 1
  %374 = and i104 %373, 4503599627370495
  %375 = trunc i104 %374 to i64
  %376 = add i64 %372, %375
  %377 = zext i64 %376 to i104
  %378 = load i104, ptr %11, align 1
  %379 = and i104 %377, 4503599627370495
  %380 = shl i104 %379, 52
  %381 = and i104 %378, 4503599627370495
  %382 = or i104 %381, %380
  store i104 %382, ptr %11, align 1
  %383 = trunc i104 %379 to i64
  %384 = load i104, ptr %11, align 1
  %385 = and i104 %384, 4503599627370495
  %386 = trunc i104 %385 to i64
  %387 = lshr i64 %386, 1
  %388 = zext i64 %387 to i104
  %389 = load i104, ptr %11, align 1
  %390 = and i104 %388, 4503599627370495
  %391 = and i104 %389, -4503599627370496
  %392 = or i104 %391, %390
  store i104 %392, ptr %11, align 1
  %393 = trunc i104 %390 to i64
  %394 = load i112, ptr %12, align 1
  %395 = and i112 %394, 1125899906842623
  %396 = trunc i112 %395 to i64
  %397 = xor i64 %396, -1
  %398 = zext i64 %397 to i112
  %399 = load i112, ptr %12, align 1
  %400 = and i112 %398, 1125899906842623
  %401 = and i112 %399, -1125899906842624
  %402 = or i112 %401, %400
  store i112 %402, ptr %12, align 1
  %403 = trunc i112 %400 to i64
  %404 = load i112, ptr %12, align 1
  %405 = and i112 %404, 1125899906842623
  %406 = trunc i112 %405 to i64
  %407 = load i112, ptr %12, align 1
  %408 = lshr i112 %407, 50
  %409 = trunc i112 %408 to i64
  %410 = add i64 %409, %406
  %411 = zext i64 %410 to i112
  %412 = load i112, ptr %12, align 1
  %413 = and i112 %411, 4611686018427387903
  %414 = shl i112 %413, 50
  %415 = and i112 %412, 1125899906842623
  %416 = or i112 %415, %414
  store i112 %416, ptr %12, align 1
  %417 = trunc i112 %413 to i64
  %418 = load i136, ptr %13, align 1
  %419 = lshr i136 %418, 126
  %420 = trunc i136 %419 to i32
  %421 = mul nsw i32 %420, 7
  %422 = add nsw i32 %421, 1
  %423 = zext i32 %422 to i136
  %424 = load i136, ptr %13, align 1
  %425 = and i136 %423, 1023
  %426 = shl i136 %425, 126
  %427 = and i136 %424, 85070591730234615865843651857942052863
  %428 = or i136 %427, %426
  store i136 %428, ptr %13, align 1
  %429 = trunc i136 %425 to i32
  %430 = load i136, ptr %13, align 1
  %431 = lshr i136 %430, 63
  %432 = and i136 %431, 9223372036854775807
  %433 = trunc i136 %432 to i64
  %434 = load i136, ptr %13, align 1
  %435 = lshr i136 %434, 126
  %436 = trunc i136 %435 to i32
  %437 = zext i32 %436 to i64
  %438 = add i64 %433, %437
  %439 = zext i64 %438 to i136
  %440 = load i136, ptr %13, align 1
  %441 = and i136 %439, 9223372036854775807
  %442 = shl i136 %441, 63
  %443 = and i136 %440, -85070591730234615856620279821087277057
  %444 = or i136 %443, %442
  store i136 %444, ptr %13, align 1
  %445 = trunc i136 %441 to i64
  %446 = load i136, ptr %13, align 1
  %447 = lshr i136 %446, 63
  %448 = and i136 %447, 9223372036854775807
  %449 = trunc i136 %448 to i64
  %450 = load i136, ptr %13, align 1
  %451 = and i136 %450, 9223372036854775807
  %452 = trunc i136 %451 to i64
  %453 = sub i64 %452, %449
  %454 = zext i64 %453 to i136
  %455 = load i136, ptr %13, align 1
  %456 = and i136 %454, 9223372036854775807
  %457 = and i136 %455, -9223372036854775808
  %458 = or i136 %457, %456
  store i136 %458, ptr %13, align 1
  %459 = trunc i136 %456 to i64
  %460 = load i160, ptr %14, align 1
  %461 = lshr i160 %460, 122
  %462 = trunc i160 %461 to i64
  %463 = mul i64 %462, 1000
  %464 = load i160, ptr %14, align 1
  %465 = and i160 %464, 2305843009213693951
  %466 = trunc i160 %465 to i64
  %467 = add i64 %463, %466
  %468 = zext i64 %467 to i160
  %469 = load i160, ptr %14, align 1
  %470 = and i160 %468, 274877906943
  %471 = shl i160 %470, 122
  %472 = and i160 %469, 5316911983139663491615228241121378303
  %473 = or i160 %472, %471
  store i160 %473, ptr %14, align 1
  %474 = trunc i160 %470 to i64
  %475 = load i160, ptr %14, align 1
  %476 = lshr i160 %475, 61
  %477 = and i160 %476, 2305843009213693951
  %478 = trunc i160 %477 to i64
  %479 = add i64 %478, 7
  %480 = zext i64 %479 to i160
  %481 = load i160, ptr %14, align 1
  %482 = and i160 %480, 2305843009213693951
  %483 = and i160 %481, -2305843009213693952
  %484 = or i160 %483, %482
  store i160 %484, ptr %14, align 1
  %485 = trunc i160 %482 to i64
  %486 = load i160, ptr %14, align 1
  %487 = lshr i160 %486, 122
  %488 = trunc i160 %487 to i64
  %489 = load i160, ptr %14, align 1
  %490 = and i160 %489, 2305843009213693951
  %491 = trunc i160 %490 to i64
  %492 = xor i64 %488, %491
  %493 = zext i64 %492 to i160
  %494 = load i160, ptr %14, align 1
  %495 = and i160 %493, 2305843009213693951
  %496 = shl i160 %495, 61
  %497 = and i160 %494, -5316911983139663489309385231907684353
  %498 = or i160 %497, %496
  store i160 %498, ptr %14, align 1
  %499 = trunc i160 %495 to i64
  br label %500

500:                                              ; preds = %314
  %501 = load i32, ptr %15, align 4
  %502 = add nsw i32 %501, 1
  store i32 %502, ptr %15, align 4
  br label %311, !llvm.loop !2

503:                                              ; preds = %311
  %504 = load i80, ptr %9, align 1
  %505 = and i80 %504, 68719476735
  %506 = trunc i80 %505 to i64
  %507 = load i80, ptr %9, align 1
  %508 = lshr i80 %507, 36
  %509 = trunc i80 %508 to i64
  %510 = load i96, ptr %10, align 1
  %511 = and i96 %510, 17592186044415
  %512 = trunc i96 %511 to i64
  %513 = load i96, ptr %10, align 1
  %514 = ashr i96 %513, 44
  %515 = trunc i96 %514 to i64
  %516 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %506, i64 noundef %509, i64 noundef %512, i64 noundef %515)
  %517 = load i104, ptr %11, align 1
  %518 = and i104 %517, 4503599627370495
  %519 = trunc i104 %518 to i64
  %520 = load i104, ptr %11, align 1
  %521 = lshr i104 %520, 52
  %522 = trunc i104 %521 to i64
  %523 = load i112, ptr %12, align 1
  %524 = and i112 %523, 1125899906842623
  %525 = trunc i112 %524 to i64
  %526 = load i112, ptr %12, align 1
  %527 = lshr i112 %526, 50
  %528 = trunc i112 %527 to i64
  %529 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef %519, i64 noundef %522, i64 noundef %525, i64 noundef %528)
  %530 = load i136, ptr %13, align 1
  %531 = and i136 %530, 9223372036854775807
  %532 = trunc i136 %531 to i64
  %533 = load i136, ptr %13, align 1
  %534 = lshr i136 %533, 63
  %535 = and i136 %534, 9223372036854775807
  %536 = trunc i136 %535 to i64
  %537 = load i136, ptr %13, align 1
  %538 = lshr i136 %537, 126
  %539 = trunc i136 %538 to i32
  %540 = load i160, ptr %14, align 1
  %541 = and i160 %540, 2305843009213693951
  %542 = trunc i160 %541 to i64
  %543 = load i160, ptr %14, align 1
  %544 = lshr i160 %543, 61
  %545 = and i160 %544, 2305843009213693951
  %546 = trunc i160 %545 to i64
  %547 = load i160, ptr %14, align 1
  %548 = lshr i160 %547, 122
  %549 = trunc i160 %548 to i64
  %550 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i64 noundef %532, i64 noundef %536, i32 noundef %539, i64 noundef %542, i64 noundef %546, i64 noundef %549)
  store i64 0, ptr %16, align 8
  store i32 0, ptr %17, align 4
  br label %551

551:                                              ; preds = %578, %503
  %552 = load i32, ptr %17, align 4
  %553 = icmp slt i32 %552, 100
  br i1 %553, label %554, label %581

554:                                              ; preds = %551
  %555 = load i40, ptr %5, align 1
  %556 = zext i40 %555 to i64
  %557 = mul i64 %556, 3
  %558 = load i32, ptr %17, align 4
  %559 = zext i32 %558 to i64
  %560 = add i64 %557, %559
  %561 = trunc i64 %560 to i40
  store i40 %561, ptr %5, align 1
  %562 = zext i40 %561 to i64
  %563 = getelementptr inbounds nuw %struct.P72, ptr %5, i32 0, i32 1
  %564 = load i32, ptr %563, align 1
  %565 = zext i32 %564 to i64
  %566 = load i40, ptr %5, align 1
  %567 = zext i40 %566 to i64
  %568 = lshr i64 %567, 7
  %569 = xor i64 %565, %568
  %570 = getelementptr inbounds nuw %struct.P72, ptr %5, i32 0, i32 1
  %571 = trunc i64 %569 to i32
  store i32 %571, ptr %570, align 1
  %572 = zext i32 %571 to i64
  %573 = getelementptr inbounds nuw %struct.P72, ptr %5, i32 0, i32 1
  %574 = load i32, ptr %573, align 1
  %575 = zext i32 %574 to i64
  %576 = load i64, ptr %16, align 8
  %577 = add i64 %576, %575
  store i64 %577, ptr %16, align 8
  br label %578

578:                                              ; preds = %554
  %579 = load i32, ptr %17, align 4
  %580 = add nsw i32 %579, 1
  store i32 %580, ptr %17, align 4
  br label %551, !llvm.loop !4

581:                                              ; preds = %551
  %582 = load i64, ptr %16, align 8
  %583 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i64 noundef %582)
  %584 = load i64, ptr %16, align 8
  %585 = and i64 %584, 127
  %586 = trunc i64 %585 to i32
  ret i32 %586
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal void @make_p56(ptr dead_on_unwind noalias writable sret(%struct.P56) align 1 %0, i64 noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %1, ptr %4, align 8
  store i64 %2, ptr %5, align 8
  %6 = load i64, ptr %4, align 8
  %7 = trunc i64 %6 to i56
  %8 = load i56, ptr %0, align 1
  %9 = and i56 %7, 268435455
  %10 = and i56 %8, -268435456
  %11 = or i56 %10, %9
  store i56 %11, ptr %0, align 1
  %12 = zext i56 %9 to i64
  %13 = load i64, ptr %5, align 8
  %14 = trunc i64 %13 to i56
  %15 = load i56, ptr %0, align 1
  %16 = and i56 %14, 268435455
  %17 = shl i56 %16, 28
  %18 = and i56 %15, 268435455
  %19 = or i56 %18, %17
  store i56 %19, ptr %0, align 1
  %20 = zext i56 %16 to i64
  %21 = getelementptr inbounds nuw %struct.P56, ptr %0, i32 0, i32 1
  store i8 113, ptr %21, align 1
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i64 @sum_p72(ptr noundef byval(%struct.P72) align 1 %0) #0 {
  %2 = load i40, ptr %0, align 1
  %3 = zext i40 %2 to i64
  %4 = getelementptr inbounds nuw %struct.P72, ptr %0, i32 0, i32 1
  %5 = load i32, ptr %4, align 1
  %6 = zext i32 %5 to i64
  %7 = add i64 %3, %6
  ret i64 %7
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
