import type { ReactNode } from 'react';

interface ModalProps {
  /** The dialog's accessible name. */
  label: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}

/** A modal dialog: closes on Escape and on a click outside it. */
export function Modal({ label, className, onClose, children }: ModalProps) {
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className={className ? `modal ${className}` : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        {children}
      </div>
    </div>
  );
}
