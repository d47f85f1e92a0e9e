import { LoginScreen } from '../modules/auth/LoginScreen';

export default function LoginPage() {
  return <LoginScreen />;
}
