//! kernel tiled_matmul(float32[:, ::1], float32[:, ::1], float32[:, ::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx1100"
	.amdhsa_code_object_version 5
	.globl	golden_tiled_matmul
	.p2align	8
	.type	golden_tiled_matmul,@function
golden_tiled_matmul:
	s_load_b32 s0, s[0:1], 0x4
	s_load_b256 s[4:11], s[2:3], 0x0
	v_dual_mov_b32 v2, 0 :: v_dual_and_b32 v1, 0x3ff, v0
	v_bfe_u32 v9, v0, 10, 10
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_mov_b32_e32 v10, v2
	s_waitcnt lgkmcnt(0)
	s_lshr_b32 s12, s0, 16
	s_and_b32 s13, s0, 0xffff
	v_mad_u64_u32 v[7:8], null, s12, s15, v[9:10]
	s_add_u32 s0, s8, 15
	s_addc_u32 s1, s9, 0
	v_mad_u64_u32 v[5:6], null, s13, s14, v[1:2]
	s_ashr_i64 s[20:21], s[0:1], 4
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cmp_lt_i64_e64 s0, s[20:21], 1
	v_lshlrev_b64 v[3:4], 2, v[7:8]
	s_delay_alu instid0(VALU_DEP_2)
	s_and_b32 vcc_lo, exec_lo, s0
	s_cbranch_vccnz .LBB0_7
	s_load_b256 s[12:19], s[2:3], 0x28
	v_lshlrev_b32_e32 v0, 6, v1
	v_mov_b32_e32 v10, 0
	v_cmp_gt_i32_e32 vcc_lo, 0, v1
	v_mul_lo_u32 v13, v5, s11
	v_mul_lo_u32 v14, v6, s10
	v_add_nc_u32_e32 v15, 0x400, v0
	v_lshlrev_b32_e32 v2, 2, v9
	v_mad_u64_u32 v[11:12], null, v5, s10, s[4:5]
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_dual_cndmask_b32 v17, v0, v15 :: v_dual_add_nc_u32 v16, 64, v2
	v_cmp_gt_i32_e32 vcc_lo, 0, v9
	v_add3_u32 v12, v14, v12, v13
	s_delay_alu instid0(VALU_DEP_3)
	v_cndmask_b32_e32 v0, v2, v16, vcc_lo
	v_mov_b32_e32 v2, v10
	s_waitcnt lgkmcnt(0)
	v_add_co_u32 v13, s1, s12, v3
	v_cmp_gt_i64_e32 vcc_lo, s[6:7], v[5:6]
	v_add_nc_u32_e32 v19, 0x400, v0
	v_add_nc_u32_e32 v18, v17, v0
	v_cmp_gt_i64_e64 s0, s[16:17], v[7:8]
	v_mov_b32_e32 v0, v1
	v_mov_b32_e32 v16, v10
	v_add_co_ci_u32_e64 v14, s1, s13, v4, s1
	v_mov_b32_e32 v1, v2
	v_dual_mov_b32 v15, v9 :: v_dual_mov_b32 v2, 0
	s_branch .LBB0_3
.LBB0_2:
	s_or_b32 exec_lo, exec_lo, s4
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	ds_load_2addr_b32 v[28:29], v19 offset1:16
	ds_load_b128 v[20:23], v17
	ds_load_2addr_b32 v[30:31], v19 offset0:32 offset1:48
	ds_load_b128 v[24:27], v17 offset:16
	ds_load_2addr_b32 v[32:33], v19 offset0:64 offset1:80
	v_add_co_u32 v15, s1, v15, 16
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v16, s1, 0, v16, s1
	v_add_co_u32 v0, s1, v0, 16
	v_add_co_ci_u32_e64 v1, s1, 0, v1, s1
	s_add_u32 s20, s20, -1
	s_addc_u32 s21, s21, -1
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	s_cmp_eq_u64 s[20:21], 0
	s_waitcnt lgkmcnt(3)
	v_fmac_f32_e32 v2, v20, v28
	v_fmac_f32_e32 v2, v21, v29
	ds_load_2addr_b32 v[28:29], v19 offset0:96 offset1:112
	s_waitcnt lgkmcnt(3)
	v_fmac_f32_e32 v2, v22, v30
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v2, v23, v31
	ds_load_2addr_b32 v[30:31], v19 offset0:128 offset1:144
	ds_load_b128 v[20:23], v17 offset:32
	s_waitcnt lgkmcnt(3)
	v_fmac_f32_e32 v2, v24, v32
	v_fmac_f32_e32 v2, v25, v33
	ds_load_2addr_b32 v[32:33], v19 offset0:160 offset1:176
	s_waitcnt lgkmcnt(3)
	v_fmac_f32_e32 v2, v26, v28
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v2, v27, v29
	ds_load_b128 v[24:27], v17 offset:48
	ds_load_2addr_b32 v[28:29], v19 offset0:192 offset1:208
	s_waitcnt lgkmcnt(3)
	v_fmac_f32_e32 v2, v20, v30
	v_fmac_f32_e32 v2, v21, v31
	ds_load_2addr_b32 v[20:21], v19 offset0:224 offset1:240
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	v_fmac_f32_e32 v2, v22, v32
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v2, v23, v33
	v_fmac_f32_e32 v2, v24, v28
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v2, v25, v29
	v_fmac_f32_e32 v2, v26, v20
	s_delay_alu instid0(VALU_DEP_1)
	v_fmac_f32_e32 v2, v27, v21
	s_cbranch_scc1 .LBB0_7
.LBB0_3:
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i64_e64 s1, s[8:9], v[15:16]
	ds_store_2addr_stride64_b32 v18, v10, v10 offset1:4
	s_and_b32 s1, vcc_lo, s1
	s_and_saveexec_b32 s4, s1
	s_cbranch_execz .LBB0_5
	v_ashrrev_i32_e32 v9, 31, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_and_b32_e32 v20, s8, v9
	v_and_b32_e32 v9, s9, v9
	v_add_co_u32 v20, s1, v20, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v21, s1, v9, v16, s1
	v_lshlrev_b64 v[20:21], 2, v[20:21]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v20, s1, v11, v20
	v_add_co_ci_u32_e64 v21, s1, v12, v21, s1
	global_load_b32 v9, v[20:21], off
	s_waitcnt vmcnt(0)
	ds_store_b32 v18, v9
.LBB0_5:
	s_or_b32 exec_lo, exec_lo, s4
	v_cmp_gt_i64_e64 s1, s[14:15], v[0:1]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_and_b32 s1, s0, s1
	s_and_saveexec_b32 s4, s1
	s_cbranch_execz .LBB0_2
	v_ashrrev_i32_e32 v9, 31, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_and_b32_e32 v20, s14, v9
	v_and_b32_e32 v9, s15, v9
	v_add_co_u32 v22, s1, v20, v0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v9, s1, v9, v1, s1
	v_mul_lo_u32 v23, v22, s19
	v_mad_u64_u32 v[20:21], null, v22, s18, v[13:14]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v9, v9, s18
	v_add3_u32 v21, v9, v21, v23
	global_load_b32 v9, v[20:21], off
	s_waitcnt vmcnt(0)
	ds_store_b32 v18, v9 offset:1024
	s_branch .LBB0_2
.LBB0_7:
	s_load_b256 s[4:11], s[2:3], 0x50
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i64_e32 vcc_lo, s[6:7], v[5:6]
	v_cmp_gt_i64_e64 s0, s[8:9], v[7:8]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_and_b32 s0, vcc_lo, s0
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_9
	v_mul_lo_u32 v7, v5, s11
	v_mul_lo_u32 v6, v6, s10
	v_mad_u64_u32 v[0:1], null, v5, s10, s[4:5]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add3_u32 v1, v6, v1, v7
	v_add_co_u32 v0, vcc_lo, v0, v3
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e32 v1, vcc_lo, v1, v4, vcc_lo
	global_store_b32 v[0:1], v2, off
.LBB0_9:
	s_nop 0
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_tiled_matmul
		.amdhsa_group_segment_fixed_size 2048
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 120
		.amdhsa_user_sgpr_count 14
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 1
		.amdhsa_next_free_vgpr 34
		.amdhsa_next_free_sgpr 22
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 0
		.amdhsa_shared_vgpr_count 0
		.amdhsa_exception_fp_ieee_invalid_op 0
		.amdhsa_exception_fp_denorm_src 0
		.amdhsa_exception_fp_ieee_div_zero 0
		.amdhsa_exception_fp_ieee_overflow 0
		.amdhsa_exception_fp_ieee_underflow 0
		.amdhsa_exception_fp_ieee_inexact 0
		.amdhsa_exception_int_div_zero 0
	.end_amdhsa_kernel
	.text
.Lfunc_end0:
	.size	golden_tiled_matmul, .Lfunc_end0-golden_tiled_matmul

	.p2alignl 7, 3214868480
	.fill 96, 4, 3214868480
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .args:
      - .address_space:  generic
        .offset:         0
        .size:           8
        .value_kind:     global_buffer
      - .offset:         8
        .size:           8
        .value_kind:     by_value
      - .offset:         16
        .size:           8
        .value_kind:     by_value
      - .offset:         24
        .size:           8
        .value_kind:     by_value
      - .offset:         32
        .size:           8
        .value_kind:     by_value
      - .address_space:  generic
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
      - .offset:         48
        .size:           8
        .value_kind:     by_value
      - .offset:         56
        .size:           8
        .value_kind:     by_value
      - .offset:         64
        .size:           8
        .value_kind:     by_value
      - .offset:         72
        .size:           8
        .value_kind:     by_value
      - .address_space:  generic
        .offset:         80
        .size:           8
        .value_kind:     global_buffer
      - .offset:         88
        .size:           8
        .value_kind:     by_value
      - .offset:         96
        .size:           8
        .value_kind:     by_value
      - .offset:         104
        .size:           8
        .value_kind:     by_value
      - .offset:         112
        .size:           8
        .value_kind:     by_value
    .group_segment_fixed_size: 2048
    .kernarg_segment_align: 8
    .kernarg_segment_size: 120
    .max_flat_workgroup_size: 1024
    .name:           golden_tiled_matmul
    .private_segment_fixed_size: 0
    .sgpr_count:     24
    .sgpr_spill_count: 0
    .symbol:         golden_tiled_matmul.kd
    .uses_dynamic_stack: false
    .vgpr_count:     34
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgcn-amd-amdhsa--gfx1100
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

