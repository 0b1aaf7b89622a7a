//! kernel histogram(int64[::1], int32[::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx942"
	.amdhsa_code_object_version 5
	.globl	golden_histogram
	.p2align	8
	.type	golden_histogram,@function
golden_histogram:
	s_load_dword s5, s[0:1], 0x4
	s_load_dwordx4 s[8:11], s[2:3], 0x0
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, s4
	s_waitcnt lgkmcnt(0)
	s_and_b32 s0, s5, 0xffff
	v_mad_u64_u32 v[0:1], s[0:1], s0, v2, v[0:1]
	v_cmp_gt_i64_e32 vcc, s[10:11], v[0:1]
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_9
	s_load_dwordx4 s[4:7], s[2:3], 0x18
	s_waitcnt lgkmcnt(0)
	s_cmp_eq_u64 s[6:7], 0
	s_cbranch_scc1 .LBB0_9
	v_mov_b32_e32 v2, s8
	v_mov_b32_e32 v3, s9
	v_lshl_add_u64 v[0:1], v[0:1], 3, v[2:3]
	global_load_dwordx2 v[0:1], v[0:1], off
	s_mov_b32 s0, 0
	s_cmp_lg_u64 s[6:7], -1
	s_brev_b32 s1, 1
	s_cselect_b64 s[2:3], -1, 0
	v_mov_b64_e32 v[2:3], 0
	s_waitcnt vmcnt(0)
	v_cmp_ne_u64_e32 vcc, s[0:1], v[0:1]
	s_or_b64 s[0:1], s[2:3], vcc
	s_and_saveexec_b64 s[8:9], s[0:1]
	s_cbranch_execz .LBB0_8
	v_or_b32_e32 v3, s7, v1
	v_mov_b32_e32 v2, 0
	v_cmp_ne_u64_e32 vcc, 0, v[2:3]
	s_and_saveexec_b64 s[0:1], vcc
	s_xor_b64 s[10:11], exec, s[0:1]
	s_cbranch_execz .LBB0_5
	s_ashr_i32 s0, s7, 31
	s_add_u32 s2, s6, s0
	s_mov_b32 s1, s0
	s_addc_u32 s3, s7, s0
	s_xor_b64 s[12:13], s[2:3], s[0:1]
	v_cvt_f32_u32_e32 v3, s12
	v_cvt_f32_u32_e32 v4, s13
	s_sub_u32 s0, 0, s12
	s_subb_u32 s1, 0, s13
	v_mov_b32_e32 v7, v2
	v_fmamk_f32 v3, v4, 0x4f800000, v3
	v_rcp_f32_e32 v3, v3
	s_nop 0
	v_mul_f32_e32 v3, 0x5f7ffffc, v3
	v_mul_f32_e32 v4, 0x2f800000, v3
	v_trunc_f32_e32 v4, v4
	v_fmamk_f32 v3, v4, 0xcf800000, v3
	v_cvt_u32_f32_e32 v8, v4
	v_cvt_u32_f32_e32 v3, v3
	v_mul_lo_u32 v4, s0, v8
	v_mul_hi_u32 v6, s0, v3
	v_mul_lo_u32 v5, s1, v3
	v_add_u32_e32 v4, v6, v4
	v_mul_lo_u32 v9, s0, v3
	v_add_u32_e32 v10, v4, v5
	v_mul_hi_u32 v5, v3, v10
	v_mul_lo_u32 v4, v3, v10
	v_mul_hi_u32 v6, v3, v9
	v_lshl_add_u64 v[4:5], v[6:7], 0, v[4:5]
	v_mul_hi_u32 v7, v8, v9
	v_mul_lo_u32 v9, v8, v9
	v_add_co_u32_e32 v4, vcc, v4, v9
	v_mul_hi_u32 v6, v8, v10
	s_nop 0
	v_addc_co_u32_e32 v4, vcc, v5, v7, vcc
	v_mov_b32_e32 v5, v2
	s_nop 0
	v_addc_co_u32_e32 v7, vcc, 0, v6, vcc
	v_mul_lo_u32 v6, v8, v10
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[6:7]
	v_add_co_u32_e32 v3, vcc, v3, v4
	v_mul_lo_u32 v6, s0, v3
	s_nop 0
	v_addc_co_u32_e32 v8, vcc, v8, v5, vcc
	v_mul_lo_u32 v4, s0, v8
	v_mul_hi_u32 v5, s0, v3
	v_add_u32_e32 v4, v5, v4
	v_mul_lo_u32 v5, s1, v3
	v_add_u32_e32 v9, v4, v5
	v_mul_hi_u32 v11, v8, v6
	v_mul_lo_u32 v12, v8, v6
	v_mul_hi_u32 v5, v3, v9
	v_mul_lo_u32 v4, v3, v9
	v_mul_hi_u32 v6, v3, v6
	v_mov_b32_e32 v7, v2
	v_lshl_add_u64 v[4:5], v[6:7], 0, v[4:5]
	v_add_co_u32_e32 v4, vcc, v4, v12
	v_mul_hi_u32 v10, v8, v9
	s_nop 0
	v_addc_co_u32_e32 v4, vcc, v5, v11, vcc
	v_mul_lo_u32 v6, v8, v9
	s_nop 0
	v_addc_co_u32_e32 v7, vcc, 0, v10, vcc
	v_mov_b32_e32 v5, v2
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[6:7]
	v_ashrrev_i32_e32 v6, 31, v1
	v_mov_b32_e32 v7, v6
	v_add_co_u32_e32 v3, vcc, v3, v4
	v_lshl_add_u64 v[0:1], v[0:1], 0, v[6:7]
	s_nop 0
	v_addc_co_u32_e32 v8, vcc, v8, v5, vcc
	v_xor_b32_e32 v10, v0, v6
	v_xor_b32_e32 v7, v1, v6
	v_mad_u64_u32 v[0:1], s[0:1], v10, v8, 0
	v_mul_hi_u32 v4, v10, v3
	v_mov_b32_e32 v5, v2
	v_lshl_add_u64 v[0:1], v[4:5], 0, v[0:1]
	v_mad_u64_u32 v[4:5], s[0:1], v7, v8, 0
	v_mad_u64_u32 v[8:9], s[0:1], v7, v3, 0
	v_add_co_u32_e32 v0, vcc, v0, v8
	s_nop 1
	v_addc_co_u32_e32 v0, vcc, v1, v9, vcc
	v_mov_b32_e32 v1, v2
	s_nop 0
	v_addc_co_u32_e32 v5, vcc, 0, v5, vcc
	v_lshl_add_u64 v[0:1], v[0:1], 0, v[4:5]
	v_mul_lo_u32 v2, s13, v0
	v_mul_lo_u32 v3, s12, v1
	v_mad_u64_u32 v[0:1], s[0:1], s12, v0, 0
	v_add3_u32 v1, v1, v3, v2
	v_sub_u32_e32 v2, v7, v1
	v_mov_b32_e32 v3, s13
	v_sub_co_u32_e32 v0, vcc, v10, v0
	s_nop 1
	v_subb_co_u32_e64 v2, s[0:1], v2, v3, vcc
	v_subrev_co_u32_e64 v4, s[0:1], s12, v0
	v_subb_co_u32_e32 v1, vcc, v7, v1, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v5, s[2:3], 0, v2, s[0:1]
	v_cmp_le_u32_e64 s[2:3], s13, v5
	v_subb_co_u32_e64 v2, s[0:1], v2, v3, s[0:1]
	s_nop 0
	v_cndmask_b32_e64 v8, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s12, v4
	v_subrev_co_u32_e64 v3, s[0:1], s12, v4
	s_nop 0
	v_cndmask_b32_e64 v9, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s13, v5
	v_subbrev_co_u32_e64 v2, s[0:1], 0, v2, s[0:1]
	s_nop 0
	v_cndmask_b32_e64 v8, v8, v9, s[2:3]
	v_cmp_ne_u32_e64 s[0:1], 0, v8
	v_cmp_le_u32_e32 vcc, s13, v1
	s_nop 0
	v_cndmask_b32_e64 v2, v5, v2, s[0:1]
	v_cndmask_b32_e64 v5, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v0
	s_nop 1
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_cndmask_b32_e64 v2, v4, v3, s[0:1]
	v_cndmask_b32_e32 v0, v0, v2, vcc
	v_xor_b32_e32 v0, v0, v6
	v_xor_b32_e32 v1, v1, v6
	v_sub_co_u32_e32 v4, vcc, v0, v6
	s_nop 1
	v_subb_co_u32_e32 v5, vcc, v1, v6, vcc
.LBB0_5:
	s_andn2_saveexec_b64 s[0:1], s[10:11]
	s_cbranch_execz .LBB0_7
	v_cvt_f32_u32_e32 v1, s6
	s_sub_i32 s2, 0, s6
	v_mov_b32_e32 v5, 0
	v_rcp_iflag_f32_e32 v1, v1
	s_nop 0
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	v_mul_lo_u32 v2, s2, v1
	v_mul_hi_u32 v2, v1, v2
	v_add_u32_e32 v1, v1, v2
	v_mul_hi_u32 v1, v0, v1
	v_mul_lo_u32 v1, v1, s6
	v_sub_u32_e32 v0, v0, v1
	v_subrev_u32_e32 v1, s6, v0
	v_cmp_le_u32_e32 vcc, s6, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_subrev_u32_e32 v1, s6, v0
	v_cmp_le_u32_e32 vcc, s6, v0
	s_nop 1
	v_cndmask_b32_e32 v4, v0, v1, vcc
.LBB0_7:
	s_or_b64 exec, exec, s[0:1]
	v_xor_b32_e32 v1, s7, v5
	v_xor_b32_e32 v0, s6, v4
	v_cmp_ne_u64_e32 vcc, 0, v[4:5]
	v_cmp_gt_i64_e64 s[0:1], 0, v[0:1]
	v_mov_b32_e32 v0, s7
	s_and_b64 vcc, vcc, s[0:1]
	v_cndmask_b32_e32 v1, 0, v0, vcc
	v_mov_b32_e32 v0, s6
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_lshl_add_u64 v[0:1], v[0:1], 0, v[4:5]
	v_lshlrev_b64 v[2:3], 2, v[0:1]
.LBB0_8:
	s_or_b64 exec, exec, s[8:9]
	v_lshl_add_u64 v[0:1], s[4:5], 0, v[2:3]
	v_mov_b32_e32 v2, 1
	global_atomic_add v[0:1], v2, off
.LBB0_9:
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_histogram
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
		.amdhsa_user_sgpr_count 4
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 13
		.amdhsa_next_free_sgpr 14
		.amdhsa_accum_offset 16
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_tg_split 0
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
	.size	golden_histogram, .Lfunc_end0-golden_histogram

	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
    .args:
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
      - .address_space:  generic
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .offset:         32
        .size:           8
        .value_kind:     by_value
      - .offset:         40
        .size:           8
        .value_kind:     by_value
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 48
    .max_flat_workgroup_size: 1024
    .name:           golden_histogram
    .private_segment_fixed_size: 0
    .sgpr_count:     20
    .sgpr_spill_count: 0
    .symbol:         golden_histogram.kd
    .uses_dynamic_stack: false
    .vgpr_count:     13
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

//! kernel stencil(float32[:, ::1], float32[:, ::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx942"
	.amdhsa_code_object_version 5
	.globl	golden_stencil
	.p2align	8
	.type	golden_stencil,@function
golden_stencil:
	s_load_dword s6, s[0:1], 0x4
	s_load_dwordx8 s[8:15], s[2:3], 0x0
	v_and_b32_e32 v4, 0x3ff, v0
	v_mov_b32_e32 v5, 0
	v_mov_b32_e32 v1, s4
	s_waitcnt lgkmcnt(0)
	s_and_b32 s0, s6, 0xffff
	s_lshr_b32 s7, s6, 16
	v_mad_u64_u32 v[2:3], s[0:1], s0, v1, v[4:5]
	v_bfe_u32 v4, v0, 10, 10
	v_mov_b32_e32 v0, s5
	v_mad_u64_u32 v[0:1], s[0:1], s7, v0, v[4:5]
	s_add_u32 s0, s10, -1
	v_cmp_ne_u64_e32 vcc, 0, v[2:3]
	s_addc_u32 s1, s11, -1
	v_cmp_ne_u64_e64 s[4:5], 0, v[0:1]
	v_cmp_gt_i64_e64 s[0:1], s[0:1], v[2:3]
	s_and_b64 s[4:5], vcc, s[4:5]
	s_and_b64 s[0:1], s[4:5], s[0:1]
	s_add_u32 s4, s12, -1
	s_addc_u32 s5, s13, -1
	v_cmp_gt_i64_e32 vcc, s[4:5], v[0:1]
	s_and_b64 s[0:1], s[0:1], vcc
	s_and_saveexec_b64 s[4:5], s[0:1]
	s_cbranch_execz .LBB0_2
	v_lshl_add_u64 v[4:5], v[2:3], 0, -1
	v_mov_b64_e32 v[6:7], s[8:9]
	v_mad_u64_u32 v[8:9], s[0:1], v4, s14, v[6:7]
	v_mul_lo_u32 v4, v4, s15
	v_mul_lo_u32 v5, v5, s14
	v_lshlrev_b64 v[0:1], 2, v[0:1]
	v_add3_u32 v9, v5, v9, v4
	v_mul_lo_u32 v12, v2, s15
	v_mul_lo_u32 v13, v3, s14
	v_mad_u64_u32 v[4:5], s[0:1], v2, s14, v[6:7]
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[0:1]
	v_add3_u32 v5, v13, v5, v12
	v_lshl_add_u64 v[10:11], s[14:15], 1, v[8:9]
	v_lshl_add_u64 v[12:13], v[4:5], 0, v[0:1]
	global_load_dword v7, v[8:9], off
	global_load_dword v14, v[10:11], off
	global_load_dwordx3 v[4:6], v[12:13], off offset:-4
	s_load_dwordx2 s[0:1], s[2:3], 0x28
	s_load_dwordx2 s[4:5], s[2:3], 0x40
	s_mov_b32 s2, 0
	s_mov_b32 s3, 0x3fd00000
	s_waitcnt lgkmcnt(0)
	v_mov_b64_e32 v[8:9], s[0:1]
	v_mul_lo_u32 v10, v2, s5
	v_mul_lo_u32 v11, v3, s4
	v_mad_u64_u32 v[2:3], s[0:1], v2, s4, v[8:9]
	v_add3_u32 v3, v11, v3, v10
	v_lshl_add_u64 v[0:1], v[2:3], 0, v[0:1]
	s_waitcnt vmcnt(1)
	v_add_f32_e32 v7, v7, v14
	s_waitcnt vmcnt(0)
	v_add_f32_e32 v4, v7, v4
	v_add_f32_e32 v4, v4, v6
	v_cvt_f64_f32_e32 v[8:9], v5
	v_cvt_f64_f32_e32 v[4:5], v4
	v_fma_f64 v[4:5], v[4:5], s[2:3], -v[8:9]
	v_cvt_f32_f64_e32 v4, v[4:5]
	global_store_dword v[0:1], v4, off
.LBB0_2:
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_stencil
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 80
		.amdhsa_user_sgpr_count 4
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 1
		.amdhsa_next_free_vgpr 15
		.amdhsa_next_free_sgpr 16
		.amdhsa_accum_offset 16
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_tg_split 0
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
	.size	golden_stencil, .Lfunc_end0-golden_stencil

	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
    .args:
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 80
    .max_flat_workgroup_size: 1024
    .name:           golden_stencil
    .private_segment_fixed_size: 0
    .sgpr_count:     22
    .sgpr_spill_count: 0
    .symbol:         golden_stencil.kd
    .uses_dynamic_stack: false
    .vgpr_count:     15
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

