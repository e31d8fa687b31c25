/**
 * The product's mark: a sprout rising over a field in a seal-like square, drawn inline so the
 * first screen fetches nothing more. Decorative; the product name beside it is the text.
 */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg
      className="brand-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill="#0958d9" />
      <path d="M6 24.5c5-2.6 15-2.6 20 0" stroke="#ffffff" strokeWidth="2" fill="none" />
      <path d="M16 23V12" stroke="#ffffff" strokeWidth="2" strokeLinecap="round" />
      <path d="M16 15c0-4 2.6-6.4 7-6.6-.2 4.4-2.8 6.6-7 6.6z" fill="#ffffff" />
      <path d="M16 18c0-3.4-2.2-5.4-6-5.6.2 3.7 2.4 5.6 6 5.6z" fill="#ffd666" />
    </svg>
  );
}
