import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server (apps/server) listens on 3100 in development; the built app is served by it directly.
const API_TARGET = process.env.KC_API_TARGET ?? 'http://127.0.0.1:3100';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  build: {
    // antd + pro-components are large by nature; pages are split with React.lazy, vendors by library.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
              priority: 40,
            },
            { name: 'domain', test: /(packages[\\/]domain|node_modules[\\/]zod)[\\/]/, priority: 30 },
            // antd before pro: a group takes its modules' dependencies along, so the larger base library must claim its own first.
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design[\\/](?!pro-)[^\\/]+|rc-[^\\/]+|@rc-component)[\\/]/,
              priority: 20,
            },
            { name: 'pro', test: /node_modules[\\/]@ant-design[\\/]pro-/, priority: 10 },
          ],
        },
      },
    },
  },
});
