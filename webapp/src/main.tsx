import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { AppRoutes } from './app/app-routes'
import { prefetchFirstPage } from './app/first-page'
import { createQueryClient } from './app/query-client'
import { applyInitialTheme } from './app/theme'
import { ToastProvider } from './app/toasts'
import './styles.css'

applyInitialTheme()
const client = createQueryClient()
prefetchFirstPage(client, window.location.pathname)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <ToastProvider>
          <AppRoutes />
        </ToastProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
)
