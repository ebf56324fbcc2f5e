'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import React from 'react'

/** A main-navigation link that marks itself as the current section (`aria-current`). */
export const NavLink = ({ children, href }: { children: React.ReactNode; href: string }) => {
  const pathname = usePathname()
  const isCurrent = pathname === href || pathname.startsWith(`${href}/`)
  return (
    <Link aria-current={isCurrent ? 'page' : undefined} href={href}>
      {children}
    </Link>
  )
}
