import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { changePassword } from './change-password.js';
import { getProfile } from './get-profile.js';
import { loginUser } from './login-user.js';
import { logoutUser } from './logout-user.js';
import { refreshToken } from './refresh-token.js';
import { registerUser } from './register-user.js';
import { replaceProfile, updateProfile } from './update-profile.js';

/** The auth area: one use case per route of `contract.auth`, key for key. */
export const authUseCases: UseCaseTree<Contract['auth']> = {
  register: registerUser,
  login: loginUser,
  logout: logoutUser,
  refreshToken,
  changePassword,
  getProfile,
  replaceProfile,
  updateProfile,
};
