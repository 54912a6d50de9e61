import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it } from 'vitest';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { lazyView } from './lazy-view';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

it('draws the view once its code has loaded, and at once the next time', async () => {
  let loads = 0;
  const View = lazyView(async () => {
    loads++;
    return Greeting;
  });
  const root = document.createElement('div');
  await act(() => render(<View name="Ana" />, root));
  await settle();
  expect(root.textContent).toBe('Hello Ana');
  render(null, root);
  await act(() => render(<View name="Li" />, root));
  expect(root.textContent).toBe('Hello Li');
  expect(loads).toBe(1);
});

it('hands a failed load to the error boundary, and loads afresh on retry', async () => {
  let attempt = 0;
  const View = lazyView(async () => {
    attempt++;
    if (attempt === 1) throw new Error('chunk missing');
    return Greeting;
  });
  const root = document.createElement('div');
  let retry = () => {};
  const originalError = console.error;
  console.error = () => {};
  try {
    await act(() =>
      render(
        <ErrorBoundary fallback={(error, again) => ((retry = again), <p>Failed: {(error as Error).message}</p>)}>
          <View name="Ana" />
        </ErrorBoundary>,
        root,
      ),
    );
    await settle();
    expect(root.textContent).toBe('Failed: chunk missing');
    await act(() => retry());
    await settle();
    expect(root.textContent).toBe('Hello Ana');
  } finally {
    console.error = originalError;
  }
});
