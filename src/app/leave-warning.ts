import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { useStorageStatus } from '../store/safe-storage';

/**
 * Answers are saved as they are typed, so leaving the app (Back past its first page, closing the tab) loses
 * nothing, except when this browser is not keeping them (memory-only mode, or storage full or blocked). Then
 * the browser asks before the page goes, so nobody loses a session's work to one press of Back.
 */
export function useLeaveWarning(): void {
  const hasAnswers = useAppStore((s) => s.mode !== null || s.room.participants.length > 0);
  const notKept = useStorageStatus((s) => s.memoryOnly || s.problem !== null);
  useEffect(() => {
    if (!hasAnswers || !notKept) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // older browsers need a value to show their own "Leave site?" question
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasAnswers, notKept]);
}
