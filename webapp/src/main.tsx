import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { AppRoutes } from './app/app-routes'
import { ConfirmProvider } from './app/confirm-provider'
import { firstPageReady, prefetchFirstPage } from './app/first-page'
import { createQueryClient } from './app/query-client'
import { applyInitialTheme } from './app/theme'
import { ToastProvider } from './app/toasts'
import { guardBackAndForward } from './app/use-unsaved-changes'
import './styles.css'

applyInitialTheme()
guardBackAndForward()
const client = createQueryClient()
const firstPage = prefetchFirstPage(client, window.location.pathname, window.location.search)

// Navigations are drawn at once rather than as transitions (React Router's default): an issue panel opened by a click is
// then in the frame painted right after the click, instead of a later one. A page whose code is not loaded yet shows an
// empty page area meanwhile instead of the previous page.
void firstPageReady(firstPage).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <BrowserRouter useTransitions={false}>
          <ToastProvider>
            <ConfirmProvider>
              <AppRoutes />
            </ConfirmProvider>
          </ToastProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  ),
)
