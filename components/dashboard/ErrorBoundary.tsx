import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PAGE_FAILED_TEXT as PAGE_FAILED } from '@/components/text';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches an error thrown while rendering one dashboard page (a damaged row, a bug) and shows it
 * in that page's place, so the navigation and every other page stay usable. The app gives each
 * page its own boundary, keyed by the route, so opening another page starts afresh.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Reqlens dashboard page failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section role="alert" className="page-error">
        <h1>{PAGE_FAILED.heading}</h1>
        <p>
          <code>{error.message || error.name}</code>
        </p>
        <p>{PAGE_FAILED.rest}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {PAGE_FAILED.retry}
        </button>
      </section>
    );
  }
}
